import twitterText from 'twitter-text';
import { overBy, type PostLength } from '../count/platforms';
import { GenerationCache } from '../post/generationCache';
import type { PostModel, Thread, ThreadPost } from '../post/postModel';
import type { Problem, Severity } from '../post/problem';
import type { TextRange } from '../post/text';

/** What a piece of a post's text is, as a reader's app styles it. */
export type SegmentKind = 'text' | 'url' | 'hashtag' | 'mention' | 'cashtag';

/** A run of a post's text with one style: the preview renders each as one element, never as markup. */
export interface TextSegment {
  kind: SegmentKind;
  /** The text a reader sees: for links, shortened the way X displays them. */
  text: string;
  /** Only on links, and only ever an `http:` or `https:` address. */
  href?: string;
  /** True when the segment lies past the platform's limit (X's composer paints it red). */
  overflow: boolean;
  /** The most serious problem whose range overlaps the segment, if any. */
  problem?: Severity;
}

/** A problem shown on a card or a thread header, by code and message. */
export interface CardProblem {
  code: string;
  severity: Severity;
  message: string;
}

/** One post as the preview shows it. */
export interface PostCard {
  /** Stable within one document version: `thread:post`, e.g. `0:7`. */
  id: string;
  /** The `N/M` label as written, e.g. `8/10`. */
  label: string;
  /** The published text, which the copy and post actions use. */
  text: string;
  /** The post's range in the document, to move the cursor there and to find the post under it. */
  range: TextRange;
  length: number;
  limit: number;
  /** The platform's verdict: false when the post is too long or holds something the platform refuses. */
  fits: boolean;
  /** Why it does not fit, in the words every surface uses (`46 over`, `754 bytes over`); absent when it fits. */
  verdict?: string;
  segments: TextSegment[];
  problems: CardProblem[];
}

/** One thread as a column of cards. */
export interface ThreadCards {
  title: string;
  posts: PostCard[];
  /** How many posts do not fit: too long (in characters or bytes) or holding what the platform refuses. */
  overLimit: number;
  /** Problems inside the thread that belong to none of its posts (e.g. on its heading). */
  problems: CardProblem[];
}

/** Anything that measures a post on one platform: a `PlatformProfile` or a `CountCache`. */
export interface PostMeasurer {
  measure(text: string): PostLength;
}

/** Longest link text X shows before cutting it with an ellipsis. */
export const DISPLAY_URL_LENGTH = 26;

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/**
 * Builds the cards of every thread of a post: the model the preview renders. Pure, so the text
 * styling, the overflow and the problem marks are tested without a webview.
 */
export function buildThreadCards(
  model: PostModel,
  problems: readonly Problem[],
  measurerOf: (thread: Thread) => PostMeasurer,
  segments: SegmentCache = new SegmentCache(),
): ThreadCards[] {
  return (model.threadsBlock?.threads ?? []).map((thread, threadIndex) => {
    const measurer = measurerOf(thread);
    const posts = thread.posts.map((post, postIndex) => buildPostCard(post, `${threadIndex}:${postIndex}`, problems, measurer, segments));
    const inPosts = (problem: Problem) => thread.posts.some((post) => contains(post.range, problem.range));
    return {
      title: thread.title,
      posts,
      overLimit: posts.filter((card) => !card.fits).length,
      problems: problems.filter((problem) => contains(thread.range, problem.range) && !inPosts(problem)).map(toCardProblem),
    };
  });
}

function buildPostCard(post: ThreadPost, id: string, problems: readonly Problem[], measurer: PostMeasurer, segments: SegmentCache): PostCard {
  const length = measurer.measure(post.text);
  const verdict = overBy(length);
  const own = problems.filter((problem) => contains(post.range, problem.range));
  const marks = own
    .map((problem) => ({ severity: problem.severity, start: postOffsetOfDocument(post, problem.range.start), end: postOffsetOfDocument(post, problem.range.end) }))
    .filter((mark) => mark.end > mark.start);
  return {
    id,
    label: `${post.label.number}/${post.label.total}`,
    text: post.text,
    range: { ...post.range },
    length: length.length,
    limit: length.limit,
    fits: length.fits,
    ...(verdict === undefined ? {} : { verdict }),
    segments: segments.segment(post.text, length.overflowStart, marks),
    problems: own.map(toCardProblem),
  };
}

/** A problem's severity over a span of the post's published text. */
export interface TextMark extends TextRange {
  severity: Severity;
}

/**
 * Splits a post's published text into styled runs: links, hashtags, mentions and cashtags as
 * twitter-text finds them, the part past `overflowStart`, and the spans of `marks`.
 * Joining the runs' text gives back the post, except that links show their display form.
 */
// Stryker disable next-line ArrayDeclaration: a string in place of a mark has no start or end, so it cuts and marks nothing
export function segmentPostText(text: string, overflowStart: number | undefined, marks: readonly TextMark[] = []): TextSegment[] {
  const segments: TextSegment[] = [];
  // Where the overflow starts; the text's end when it all fits.
  const fitEnd = overflowStart ?? text.length;
  const cuts = [fitEnd, ...marks.flatMap((mark) => [mark.start, mark.end])];
  const style = (start: number, end: number): Pick<TextSegment, 'overflow' | 'problem'> => {
    const problem = marks
      .filter((mark) => mark.start < end && mark.end > start)
      .reduce<Severity | undefined>((worst, mark) => (worst === undefined || SEVERITY_RANK[mark.severity] > SEVERITY_RANK[worst] ? mark.severity : worst), undefined);
    return { overflow: end > fitEnd, ...(problem === undefined ? {} : { problem }) };
  };
  const plain = (start: number, end: number) => {
    const inside = [...new Set(cuts.filter((cut) => cut > start && cut < end))].sort((a, b) => a - b);
    let from = start;
    for (const to of [...inside, end]) {
      if (to > from) segments.push({ kind: 'text', text: text.slice(from, to), ...style(from, to) });
      from = to;
    }
  };
  let position = 0;
  for (const entity of twitterText.extractEntitiesWithIndices(text)) {
    const [start, end] = entity.indices;
    if (start < position) continue;
    plain(position, start);
    const source = text.slice(start, end);
    if ('url' in entity) {
      const href = linkTarget(entity.url);
      segments.push({ kind: 'url', text: displayUrl(entity.url), ...(href === undefined ? {} : { href }), ...style(start, end) });
    } else {
      segments.push({ kind: 'hashtag' in entity ? 'hashtag' : 'cashtag' in entity ? 'cashtag' : 'mention', text: source, ...style(start, end) });
    }
    position = end;
  }
  plain(position, text.length);
  return segments;
}

/** Remembers segmented posts, so a keystroke in a long thread re-segments only the post it changed. */
export class SegmentCache {
  private readonly runs = new GenerationCache<TextSegment[]>();

  /** The segments of a post's text, computed at most once while the same text, overflow and marks stay in use. */
  segment(text: string, overflowStart: number | undefined, marks: readonly TextMark[]): TextSegment[] {
    const key = `${overflowStart ?? ''}|${marks.map((mark) => `${mark.severity}:${mark.start}-${mark.end}`).join(',')}|${text}`;
    return this.runs.get(key, () => segmentPostText(text, overflowStart, marks));
  }

  /** Marks the end of one build: segments not used since the previous mark are forgotten. */
  endGeneration(): void {
    this.runs.endGeneration();
  }
}

/** A link as X displays it: no scheme, no `www.`, cut at 26 characters with an ellipsis. */
export function displayUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return bare.length > DISPLAY_URL_LENGTH ? `${bare.slice(0, DISPLAY_URL_LENGTH)}…` : bare;
}

/** Where a link found in a post points: links written without a scheme get `https://`; anything else gets none. */
export function linkTarget(url: string): string | undefined {
  const target = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  return /^https?:\/\/[^\s"'<>`\\]+$/i.test(target) ? target : undefined;
}

/** Maps a document offset inside a post to an offset in its published text (CRLF breaks count once). */
export function postOffsetOfDocument(post: ThreadPost, documentOffset: number): number {
  let offset = documentOffset - post.range.start;
  for (const lineBreak of post.crlfBreaks) {
    if (lineBreak < offset) offset--;
  }
  return Math.max(0, Math.min(offset, post.text.length));
}

/** The initials shown in the avatar: the first letter of the first two words. */
export function initialsOf(name: string): string {
  const words = name.match(/\S+/gu) ?? [];
  return words.slice(0, 2).map((word) => Array.from(word)[0].toUpperCase()).join('') || '?';
}

function contains(outer: TextRange, inner: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function toCardProblem(problem: Problem): CardProblem {
  return { code: problem.code, severity: problem.severity, message: problem.message };
}

/** The card of the post under an offset of the document, to highlight the post the cursor is in. */
export function cardAt(threads: readonly ThreadCards[], offset: number): PostCard | undefined {
  for (const thread of threads) {
    const card = thread.posts.find((post) => post.range.start <= offset && offset <= post.range.end);
    if (card !== undefined) return card;
  }
  return undefined;
}

/** X's web intent that opens the composer with a post's text filled in. */
export function xPostIntentUrl(text: string): string {
  return `https://x.com/intent/post?text=${encodeURIComponent(text)}`;
}
