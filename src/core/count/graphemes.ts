import { segmenterFor } from '../post/segmenters';

/** A span of a post that a platform counts as other text: a link shown shortened, a mention without its server. */
export interface Substitution {
  start: number;
  end: number;
  /** What the platform counts in place of `text.slice(start, end)`. */
  counted: string;
}

/** The grapheme count of a text after its substitutions, and where it stops fitting. */
export interface GraphemeMeasure {
  /** Grapheme clusters, each counted by the platform's weight (1 unless the platform says otherwise). */
  graphemes: number;
  /** UTF-8 bytes of the counted text. */
  bytes: number;
  /** Offset in the original text where the part past a limit starts; undefined when it fits. */
  overflowStart?: number;
}

/** Limits a grapheme-counting platform enforces; `bytes` only where the platform also caps the encoded size. */
export interface GraphemeLimits {
  graphemes: number;
  bytes?: number;
}

/**
 * Counts user-perceived characters (grapheme clusters) the way Bluesky, Mastodon and Threads limit posts,
 * after the platform's substitutions, and maps the first grapheme past a limit back to the original text.
 * When the limit falls inside a substitution, the overflow starts at the substitution: a link cannot be cut.
 * `weightOf` weighs each non-ASCII cluster, for a platform that counts some clusters as more than one.
 */
export function measureGraphemes(
  text: string,
  substitutions: readonly Substitution[],
  limits: GraphemeLimits,
  weightOf: (cluster: string) => number = () => 1,
): GraphemeMeasure {
  const pieces: { countedStart: number; originalStart: number; substituted: boolean }[] = [];
  let counted = '';
  let cursor = 0;
  for (const substitution of substitutions) {
    pieces.push({ countedStart: counted.length, originalStart: cursor, substituted: false });
    counted += text.slice(cursor, substitution.start);
    pieces.push({ countedStart: counted.length, originalStart: substitution.start, substituted: true });
    counted += substitution.counted;
    cursor = substitution.end;
  }
  pieces.push({ countedStart: counted.length, originalStart: cursor, substituted: false });
  counted += text.slice(cursor);

  let graphemes = 0;
  let bytes = 0;
  let overflowAt: number | undefined;
  forEachGrapheme(counted, (start, end) => {
    // Stryker disable next-line ArithmeticOperator: a fast path for one ASCII character; the other branch counts it the same
    if (end - start === 1 && counted.charCodeAt(start) < 0x80) {
      graphemes++;
      bytes++;
    } else {
      const cluster = counted.slice(start, end);
      graphemes += weightOf(cluster);
      bytes += utf8Length(cluster);
    }
    if (overflowAt === undefined && (graphemes > limits.graphemes || (limits.bytes !== undefined && bytes > limits.bytes))) {
      overflowAt = start;
    }
  });
  if (overflowAt === undefined) return { graphemes, bytes };
  let piece = pieces[0];
  for (const candidate of pieces) if (candidate.countedStart <= overflowAt) piece = candidate;
  const overflowStart = piece.substituted ? piece.originalStart : piece.originalStart + overflowAt - piece.countedStart;
  return { graphemes, bytes, overflowStart };
}

/**
 * Calls `each` for every grapheme cluster of a text, in order. Between two ASCII characters (other than CR before
 * LF) there is always a cluster boundary, so plain ASCII is walked directly and only the stretches around other
 * characters go through Intl.Segmenter, which is several times slower: this runs on every keystroke.
 */
export function forEachGrapheme(text: string, each: (start: number, end: number) => void): void {
  let index = 0;
  while (index < text.length) {
    // Stryker disable next-line all: a fast path; Intl.Segmenter finds the same one-character clusters in plain ASCII
    if (isPlainAscii(text, index) && (index + 1 === text.length || isPlainAscii(text, index + 1))) {
      each(index, index + 1);
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && !(isPlainAscii(text, end - 1) && isPlainAscii(text, end))) end++;
    segmentInWindows(text, index, end, each);
    index = end;
  }
}

/** Code units Intl.Segmenter is given at once: its iterator slows down the further it is into a string. */
const SEGMENT_WINDOW = 256;

/**
 * Segments `text.slice(from, to)` through windows of about SEGMENT_WINDOW code units, so a long run of CJK or emoji
 * costs linear time: V8's segment iterator costs more per step the further it gets, quadratic over one long string.
 * Each window starts on a cluster boundary, and a window's last cluster (which may go on past the window) is
 * segmented again as the start of the next one, so the clusters are those of the whole run.
 */
function segmentInWindows(text: string, from: number, to: number, each: (start: number, end: number) => void): void {
  let start = from;
  let window = SEGMENT_WINDOW;
  while (start < to) {
    const end = Math.min(to, start + window);
    let lastStart = start;
    let lastEnd = start;
    for (const { index, segment } of segmenterFor('grapheme').segment(text.slice(start, end))) {
      if (lastEnd > lastStart) each(lastStart, lastEnd);
      lastStart = start + index;
      lastEnd = lastStart + segment.length;
    }
    if (end === to) {
      each(lastStart, lastEnd);
      return;
    }
    // A single cluster filled the window: look further before cutting it.
    // Stryker disable next-line ConditionalExpression: a larger window finds the same clusters, only more slowly
    window = lastStart === start ? window * 2 : SEGMENT_WINDOW;
    start = lastStart;
  }
}

function isPlainAscii(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // Stryker disable next-line EqualityOperator: U+007F is a cluster of its own either way
  return code < 0x7f && code !== 0x0d;
}

/** UTF-8 size of a string, computed without Node or DOM encoders; a lone surrogate counts as U+FFFD (3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
