import type { PlatformCounts } from './countCache';
import { classifyPlainLine } from '../post/markdownLines';
import { overBy, type PlatformId, type PostLength } from './platforms';
import { parseThreadLines, type ThreadPost, type ThreadsBlock } from '../post/postModel';

/** Read access to a document's lines (text without line breaks), so counting never copies the document. */
export interface LineSource {
  lineCount: number;
  lineAt(index: number): string;
}

/** One platform's count of the text at the cursor. */
export interface PlatformCount {
  platform: PlatformId;
  displayName: string;
  length: PostLength;
}

/** What the status bar shows: the post, paragraph or selection at the cursor and its count on each platform. */
export interface CursorCount {
  kind: 'post' | 'paragraph' | 'selection';
  /** The post's label, e.g. `8/10`. */
  label?: string;
  /** The first line of the post or paragraph (zero-based). */
  line?: number;
  /** UTF-16 length of the counted text (of its first part, when it is too long to count). */
  characters: number;
  /**
   * The count on the platform that decides (the thread's own platform, else the primary one) first, then every
   * other enabled platform in order; empty when the text is too long to count on each keystroke.
   */
  counts: PlatformCount[];
}

/** Scanning stops this many lines from the cursor: a keystroke never walks a whole document. */
const MAX_SCAN_LINES = 1000;
/** Longer texts are not counted live (a selection of a whole large file, one giant line of junk). */
export const MAX_COUNTED_CHARACTERS = 20_000;

/**
 * The keystroke path: finds the post or the paragraph around `line` by reading only the nearby lines, and counts
 * just that text through the per-platform caches. Posts are read with the post model's own grammar, and only inside
 * `block`, the threads block of the last analysis (a few keystrokes old at most): a `1/2 cup` line of the body is no
 * post, and a post holding fenced code counts as the diagnostics count it. `threadPlatformAt` tells which platform
 * the thread holding a post (given its first line) is written for; by default the primary platform.
 */
export function countAtLine(
  lines: LineSource,
  line: number,
  counts: PlatformCounts,
  block: ThreadsBlock | undefined,
  threadPlatformAt: (postLine: number) => PlatformId = () => counts.primary,
): CursorCount {
  // An editor reports its selection a moment after the text it edits: a line past the end has nothing to count.
  if (line < 0 || line >= lines.lineCount) return countText('paragraph', '', counts, counts.primary, { line });
  const post = block === undefined ? undefined : findPost(lines, line, block);
  if (post !== undefined) {
    const label = `${post.label.number}/${post.label.total}`;
    return countText('post', post.text, counts, threadPlatformAt(post.line), { label, line: post.line });
  }
  const paragraph = findParagraph(lines, line);
  const text = paragraph === undefined ? '' : joinLines(lines, paragraph.first, paragraph.last);
  return countText('paragraph', text, counts, counts.primary, { line: paragraph?.first ?? line });
}

/** Counts selected text on the primary platform (and the others for the tooltip), with CRLF read as LF. */
export function countSelection(text: string, counts: PlatformCounts): CursorCount {
  return countText('selection', text.replace(/\r\n/g, '\n'), counts, counts.primary, {});
}

/** The status bar text: `$(comment) 3/10 · 247/280`, `$(comment) ¶ 120/280`, or `… · 46 over` past the limit. */
export function cursorCountText(count: CursorCount): string {
  const what = count.kind === 'post' ? count.label : count.kind === 'paragraph' ? '¶' : 'Selection';
  const [deciding] = count.counts;
  if (deciding === undefined) return `$(comment) ${what} · over ${MAX_COUNTED_CHARACTERS.toLocaleString('en-US')} characters, not counted live`;
  const over = isNothingToCount(count) ? undefined : overBy(deciding.length);
  return `$(comment) ${what} · ${deciding.length.length}/${deciding.length.limit}${over === undefined ? '' : ` · ${over}`}`;
}

function countText(
  kind: CursorCount['kind'],
  text: string,
  counts: PlatformCounts,
  deciding: PlatformId,
  where: { label?: string; line?: number },
): CursorCount {
  if (text.length > MAX_COUNTED_CHARACTERS) return { kind, ...where, characters: text.length, counts: [] };
  const platforms = [deciding, ...counts.platforms.filter((platform) => platform !== deciding)];
  return {
    kind,
    ...where,
    characters: text.length,
    counts: platforms.map((platform) => {
      const cache = counts.of(platform);
      return { platform, displayName: cache.profile.displayName, length: cache.measure(text) };
    }),
  };
}

/** A blank line outside any post: there is no text, so no verdict to give. */
export function isNothingToCount(count: CursorCount): boolean {
  return count.kind === 'paragraph' && count.characters === 0;
}

/**
 * The post holding `line`, read from the nearest post start the analysis knew (or the block's heading) down to a
 * few lines past the cursor, more only while the post might go on: a keystroke reads the post, not the thread.
 */
function findPost(lines: LineSource, line: number, block: ThreadsBlock): (ThreadPost & { line: number }) | undefined {
  const headingLine = block.heading.line;
  if (line <= headingLine) return undefined;
  const first = Math.max(nearestPostStart(block, line) ?? headingLine + 1, line - MAX_SCAN_LINES);
  for (let window = 2; ; window *= 2) {
    const last = Math.min(lines.lineCount - 1, line + window, first + MAX_SCAN_LINES);
    const read = parseThreadLines(joinLines(lines, first, last, 4 * MAX_COUNTED_CHARACTERS), block.heading.level);
    if (first + read.endLine <= line) return undefined;
    const posts = read.threads.flatMap((thread) => thread.posts);
    let candidate: ThreadPost | undefined;
    for (const post of posts) if (first + post.line <= line) candidate = post;
    if (candidate === undefined) return undefined;
    const exhausted = last === lines.lineCount - 1 || last === first + MAX_SCAN_LINES;
    const mightGoOn = candidate === posts.at(-1) && !startsThreadAfter(read.threads, candidate) && read.endLine > last - first;
    if (exhausted || !mightGoOn) return first + lastLineOf(candidate) >= line ? { ...candidate, line: first + candidate.line } : undefined;
  }
}

/** The first line of the last post the analysis found at or before `line`. */
function nearestPostStart(block: ThreadsBlock, line: number): number | undefined {
  let nearest: number | undefined;
  for (const thread of block.threads) {
    if ((thread.heading?.line ?? thread.posts[0]?.line ?? Infinity) > line) break;
    for (const post of thread.posts) {
      if (post.line > line) break;
      nearest = post.line;
    }
  }
  return nearest;
}

/** True when a thread heading after the post closes it. */
function startsThreadAfter(threads: readonly { heading?: { line: number } }[], post: ThreadPost): boolean {
  return threads.some((thread) => thread.heading !== undefined && thread.heading.line > post.line);
}

function lastLineOf(post: ThreadPost): number {
  let last = post.line;
  for (let index = post.text.indexOf('\n'); index !== -1; index = post.text.indexOf('\n', index + 1)) last++;
  return last;
}

/** The block of non-blank lines around `line`; a heading is a paragraph of its own; none on a blank line. */
function findParagraph(lines: LineSource, line: number): { first: number; last: number } | undefined {
  const kind = classifyPlainLine(lines.lineAt(line)).type;
  if (kind === 'blank' || kind === 'thematicBreak') return undefined;
  if (kind === 'heading') return { first: line, last: line };
  const inParagraph = (index: number) => classifyPlainLine(lines.lineAt(index)).type === 'text';
  let first = line;
  while (first > 0 && line - first < MAX_SCAN_LINES && inParagraph(first - 1)) first--;
  let last = line;
  while (last + 1 < lines.lineCount && last - line < MAX_SCAN_LINES && inParagraph(last + 1)) last++;
  return { first, last };
}

/** The lines joined with `\n`, as published; stops once past `bound` so junk never builds a huge string. */
function joinLines(lines: LineSource, first: number, last: number, bound = MAX_COUNTED_CHARACTERS): string {
  let text = lines.lineAt(first);
  for (let index = first + 1; index <= last && text.length <= bound; index++) text += `\n${lines.lineAt(index)}`;
  return text;
}
