import type { Thread } from '../post/postModel';
import { blueskyText, withMentionDids, type Facet } from './blueskyText';
import { recordCid, tid, type Sha256 } from './recordKeys';

const POST = 'app.bsky.feed.post';

/** An uploaded blob, as `com.atproto.repo.uploadBlob` returns it. */
export interface BlobRef {
  $type: 'blob';
  ref: { $link: string };
  mimeType: string;
  size: number;
}

/** A strong reference to a record. */
export interface StrongRef {
  uri: string;
  cid: string;
}

/** An `app.bsky.feed.post` record, as sent. */
export interface BlueskyPostRecord {
  $type: typeof POST;
  text: string;
  facets?: Facet[];
  reply?: { root: StrongRef; parent: StrongRef };
  embed?: { $type: 'app.bsky.embed.images'; images: { alt: string; image: BlobRef }[] };
  langs?: string[];
  createdAt: string;
}

/** One create of an `applyWrites` call. */
export interface BlueskyCreate {
  $type: 'com.atproto.repo.applyWrites#create';
  collection: typeof POST;
  rkey: string;
  value: BlueskyPostRecord;
}

/** Everything a thread needs from the outside before its writes can be built. */
export interface BlueskyThreadContext {
  /** The account's DID: the repository written to. */
  repo: string;
  /** DIDs of the mentioned handles (lower-case); unresolved mentions stay plain text. */
  mentionDids: ReadonlyMap<string, string>;
  /** The front matter image on post 1, uploaded, with its alt text. */
  image?: { blob: BlobRef; alt: string };
  /** The front matter `lang`, when present. */
  lang?: string;
  now: Date;
  /** 0–1023, so two runs in the same microsecond still get different keys. */
  clockId: number;
  sha256: Sha256;
}

/** The handles a thread mentions, to resolve to DIDs before the writes are built. */
export function mentionedHandles(thread: Thread): string[] {
  return [...new Set(thread.posts.flatMap((post) => blueskyText(post.text).mentions.map((handle) => handle.toLowerCase())))];
}

/**
 * The creates of one atomic `applyWrites` for a whole thread: record keys chosen up front, every reply pointing
 * at the first post (root) and the one before it (parent) by URI and CID, as the official app posts threads.
 */
export async function blueskyThreadWrites(thread: Thread, context: BlueskyThreadContext): Promise<BlueskyCreate[]> {
  const creates: BlueskyCreate[] = [];
  let root: StrongRef | undefined;
  let parent: StrongRef | undefined;
  const startMicros = context.now.getTime() * 1000;
  for (const [index, post] of thread.posts.entries()) {
    const { text, facets } = blueskyText(post.text);
    const resolved = withMentionDids(facets, context.mentionDids);
    const value: BlueskyPostRecord = {
      $type: POST,
      text,
      ...(resolved.length > 0 ? { facets: resolved } : {}),
      ...(root !== undefined && parent !== undefined ? { reply: { root, parent } } : {}),
      ...(index === 0 && context.image !== undefined
        ? { embed: { $type: 'app.bsky.embed.images' as const, images: [{ alt: context.image.alt, image: context.image.blob }] } }
        : {}),
      ...(context.lang !== undefined ? { langs: [context.lang] } : {}),
      createdAt: new Date(context.now.getTime() + index).toISOString(),
    };
    const rkey = tid(startMicros + index, context.clockId);
    const ref = { uri: `at://${context.repo}/${POST}/${rkey}`, cid: await recordCid(value, context.sha256) };
    creates.push({ $type: 'com.atproto.repo.applyWrites#create', collection: POST, rkey, value });
    root ??= ref;
    parent = ref;
  }
  return creates;
}

/** The bsky.app link of a post, as records keep it. */
export function blueskyPostUrl(handle: string, rkey: string): string {
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}
