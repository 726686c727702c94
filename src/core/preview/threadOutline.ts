import type { PostModel } from '../post/postModel';
import type { TextRange } from '../post/text';
import type { PostCard, ThreadCards } from './threadCards';

/** What an outline entry stands for, so the editor can give each its own icon. */
export type OutlineKind = 'threadsBlock' | 'thread' | 'post';

/** One entry of the outline Threadwright adds beside the editor's own heading symbols. */
export interface OutlineEntry {
  kind: OutlineKind;
  name: string;
  detail: string;
  /** The whole entry: the block, the thread from its heading to its last post, or the post. */
  range: TextRange;
  /** The part the editor selects when the entry is picked: the heading line or the post's label. */
  selectionRange: TextRange;
  children: OutlineEntry[];
}

/** A region the editor may fold, as offsets into the document. */
export interface FoldingRegion {
  kind: 'frontMatter' | 'thread' | 'post';
  range: TextRange;
}

/** `10 posts · 1 over`: a thread's size and how many of its posts are over their limit, as the outline and CodeLens say it. */
export function threadSummary(cards: ThreadCards): string {
  const posts = `${cards.posts.length} ${cards.posts.length === 1 ? 'post' : 'posts'}`;
  return `${posts} · ${cards.overLimit === 0 ? 'all fit' : `${cards.overLimit} over`}`;
}

/** `326/280 · 46 over`: a post's count against its limit. */
export function postCountText(card: PostCard): string {
  const count = `${card.length}/${card.limit}`;
  return card.length > card.limit ? `${count} · ${card.length - card.limit} over` : count;
}

/**
 * The threads block, its threads and their posts as outline entries. The editor's Markdown support already
 * lists the headings; this adds what it cannot know: which headings are threads, their posts and their counts.
 * `cards` are the preview's cards of the same model (one per thread, in order), so every count is the preview's.
 */
export function threadOutline(model: PostModel, cards: readonly ThreadCards[], platformNameOf: (threadIndex: number) => string): OutlineEntry | undefined {
  const block = model.threadsBlock;
  if (block === undefined) return undefined;
  const threads = block.threads.map((thread, threadIndex): OutlineEntry => {
    const threadCards = cards[threadIndex];
    const selection = thread.heading?.range ?? thread.posts[0]?.label.range ?? thread.range;
    return {
      kind: 'thread',
      name: thread.title === '' ? `Thread ${threadIndex + 1}` : thread.title,
      detail: `${threadSummary(threadCards)} · ${platformNameOf(threadIndex)}`,
      range: thread.range,
      selectionRange: selection,
      children: thread.posts.map((post, postIndex) => ({
        kind: 'post',
        name: threadCards.posts[postIndex].label,
        detail: postCountText(threadCards.posts[postIndex]),
        range: post.range,
        selectionRange: post.label.range,
        children: [],
      })),
    };
  });
  const detail = `${block.threads.length} ${block.threads.length === 1 ? 'thread' : 'threads'}`;
  return { kind: 'threadsBlock', name: block.heading.text, detail, range: block.range, selectionRange: block.heading.range, children: threads };
}

/**
 * The regions the editor's Markdown folding lacks: the front matter block, each thread from its heading to its
 * last post (not to the next heading, so the `---` between threads stays visible) and each post
 * (the editor drops the ones that fit on one line).
 */
export function threadFoldingRegions(model: PostModel): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  if (model.frontMatter !== undefined) regions.push({ kind: 'frontMatter', range: model.frontMatter.range });
  for (const thread of model.threadsBlock?.threads ?? []) {
    regions.push({ kind: 'thread', range: thread.range });
    for (const post of thread.posts) regions.push({ kind: 'post', range: post.range });
  }
  return regions;
}
