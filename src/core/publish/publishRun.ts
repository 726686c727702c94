import type { Thread } from '../post/postModel';
import type { BlueskyClient, BlueskyPublished, BlueskyThreadOptions } from './blueskyClient';
import type { PublishError } from './http';
import type { MastodonClient, MastodonVisibilities, MastodonResume } from './mastodonClient';
import { recordDate, type PostedRecord } from './postedRecord';
import type { PublishImage } from './blueskyClient';
import type { Sha256 } from './recordKeys';

/** A run's outcome as the post records it, and the failure that stopped it part-way, if one did. */
export interface PublishOutcome {
  record: PostedRecord;
  failure?: PublishError;
}

/** Posts a thread to Bluesky (all or nothing) and returns the record to write under its heading. */
export async function publishBluesky(client: BlueskyClient, thread: Thread, options: BlueskyThreadOptions): Promise<PublishOutcome & { published: BlueskyPublished }> {
  const published = await client.publishThread(thread, options);
  return { published, record: { platform: 'bluesky', account: client.account, url: published.urls[0], date: recordDate(options.now) } };
}

/**
 * Posts a thread to Mastodon, or the rest of it when `unfinished` is the partial record of an earlier run: it
 * then continues as a reply to the last post that went out. The record is partial when the run stopped.
 */
export async function publishMastodon(client: MastodonClient, thread: Thread, options: {
  account: string;
  visibility: MastodonVisibilities;
  image?: PublishImage;
  lang?: string;
  sha256: Sha256;
  now: Date;
  unfinished?: PostedRecord;
  onProgress?: (posted: number, total: number) => void;
}): Promise<PublishOutcome> {
  const resume: MastodonResume | undefined = options.unfinished?.partial === undefined
    ? undefined
    : { from: options.unfinished.partial.posted, inReplyToId: options.unfinished.partial.lastId };
  const run = await client.publishThread(thread, { ...options, resume });
  const firstUrl = options.unfinished?.url ?? run.posted[0]?.url;
  const total = thread.posts.length;
  const lastId = run.posted.at(-1)?.id ?? resume?.inReplyToId;
  const base = { platform: 'mastodon' as const, account: options.account, url: firstUrl ?? '', date: recordDate(options.now) };
  if (run.failure === undefined) return { record: base };
  return { record: { ...base, partial: { posted: run.total, total, lastId: lastId ?? '' } }, failure: run.failure };
}

/** True when a stopped run got nothing out at all, so there is nothing to record. */
export function nothingPosted(outcome: PublishOutcome): boolean {
  return outcome.record.url === '';
}

/** Where a thread stands on Mastodon after a run, for the writer: "posts 1–4 of 8 went out". */
export function progressText(record: PostedRecord): string {
  if (record.partial === undefined) return 'every post went out';
  return `posts 1–${record.partial.posted} of ${record.partial.total} went out`;
}
