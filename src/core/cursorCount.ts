import type { PlatformCounts } from './countCache';
import { classifyPlainLine } from './markdownLines';
import { overBy, type PlatformId, type PostLength } from './platforms';
import { POST_LABEL } from './postModel';

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
 * The keystroke path: finds the post (from its `N/M` line to its last line) or the paragraph around `line` by
 * reading only the nearby lines, and counts just that text through the per-platform caches. It never parses the
 * document, so the status bar stays instant in a 2,000-post file. `threadPlatformAt` tells which platform the
 * thread holding a post (given its first line) is written for; by default the primary platform.
 */
export function countAtLine(
  lines: LineSource,
  line: number,
  counts: PlatformCounts,
  threadPlatformAt: (postLine: number) => PlatformId = () => counts.primary,
): CursorCount {
  const postLine = findPostStart(lines, line);
  if (postLine !== undefined) {
    const label = POST_LABEL.exec(lines.lineAt(postLine))!;
    const text = joinLines(lines, postLine, findPostEnd(lines, postLine));
    return countText('post', text, counts, threadPlatformAt(postLine), { label: `${label[1]}/${label[2]}`, line: postLine });
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
  const over = overBy(deciding.length);
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

/** The `N/M` line of the post holding `line`: walks up until a label, a heading or a thematic break. */
function findPostStart(lines: LineSource, line: number): number | undefined {
  for (let index = line; index >= 0 && line - index < MAX_SCAN_LINES; index--) {
    const text = lines.lineAt(index);
    const kind = classifyPlainLine(text).type;
    if (kind === 'heading' || kind === 'thematicBreak') return undefined;
    if (kind === 'text' && POST_LABEL.test(text)) return index;
  }
  return undefined;
}

/** The post's last non-blank line: it runs to the next label, heading or thematic break. */
function findPostEnd(lines: LineSource, postLine: number): number {
  let last = postLine;
  for (let index = postLine + 1; index < lines.lineCount && index - postLine < MAX_SCAN_LINES; index++) {
    const text = lines.lineAt(index);
    const kind = classifyPlainLine(text).type;
    if (kind === 'heading' || kind === 'thematicBreak' || (kind === 'text' && POST_LABEL.test(text))) break;
    if (kind === 'blank') continue;
    last = index;
  }
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

/** The lines joined with `\n`, as published; stops once past the live-count bound so junk never builds a huge string. */
function joinLines(lines: LineSource, first: number, last: number): string {
  let text = lines.lineAt(first);
  for (let index = first + 1; index <= last && text.length <= MAX_COUNTED_CHARACTERS; index++) text += `\n${lines.lineAt(index)}`;
  return text;
}
