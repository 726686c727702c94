import twitterText from 'twitter-text';
import { segmenterFor } from '../post/segmenters';
import type { TextRange } from '../post/text';

// A fixed locale keeps the cuts the same in every host; word and sentence rules do not depend on it.
const CUT_LOCALE = 'en';

/** Spaces a line may break at (no-break spaces such as U+00A0, U+2007 and U+202F are left out on purpose). */
const BREAKING_SPACES = '[ \\t\\n\\r\\f\\u1680\\u2000-\\u2006\\u2008-\\u200a\\u205f\\u3000]';
const ONE_SPACE = new RegExp(`^${BREAKING_SPACES}$`, 'u');
const ALL_SPACE = new RegExp(`^${BREAKING_SPACES}+$`, 'u');
const LEADING_SPACE = new RegExp(`^${BREAKING_SPACES}+`, 'u');
const TRAILING_SPACE = new RegExp(`${BREAKING_SPACES}+$`, 'u');
/** Scripts written without spaces between words: a line may break between two of their words. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const OPENING_PUNCTUATION = /[\p{Ps}\p{Pi}]$/u;

/** Pieces never cut, besides the URLs, hashtags, mentions and cashtags twitter-text finds. */
const UNBREAKABLE = [
  // Links twitter-text does not take for links (e.g. longer than its 4,096-character cap) are still links.
  /(?:https?|ftp):\/\/\S+|\bwww\.\S+/giu,
  // Numbers with their currency, separators and sign: $72,225 · 55.1% · 2024-08-21 · 24/7 · 60%+
  /[$€£¥₹₿]?[+-]?\d(?:[\d,.:/_-]*\d)?[%+]?/gu,
  /[#@$][\p{L}\p{M}\p{N}_]+/gu,
];

/** The text with the spaces around a cut removed. */
export function trimBreakingSpaces(text: string): string {
  return text.replace(LEADING_SPACE, '').replace(TRAILING_SPACE, '');
}

/** The offset of the first character at or after `from` that is not a breaking space. */
export function skipBreakingSpaces(text: string, from: number): number {
  let offset = from;
  while (offset < text.length && ONE_SPACE.test(text[offset])) offset++;
  return offset;
}

/**
 * Where a block of plain text may be cut between posts, from the gentlest cut to the harshest:
 * between sentences, between words, between grapheme clusters. Never inside a URL, a hashtag, a mention,
 * a number or a grapheme cluster. Each list is computed once, and only when a post needs it.
 */
export class CutPoints {
  private unbreakable?: TextRange[];
  private sentenceCuts?: number[];
  private readonly wordCuts = new Map<number, number[]>();
  private readonly graphemeCuts = new Map<number, number[]>();

  constructor(readonly text: string) {}

  /** Cuts between sentences, ascending, ending with the text's end. */
  sentences(): number[] {
    this.sentenceCuts ??= this.cuts(0, this.text.length, segmenterFor('sentence', CUT_LOCALE), () => true);
    return this.sentenceCuts;
  }

  /** Cuts between the words of the sentence that holds `at`, ending with that sentence's end. */
  words(at: number): number[] {
    const { start, end } = this.span(this.sentences(), 0, at);
    let cuts = this.wordCuts.get(start);
    if (cuts === undefined) {
      cuts = this.cuts(start, end, segmenterFor('word', CUT_LOCALE), (before, after) => isLineBreakBetween(before, after));
      this.wordCuts.set(start, cuts);
    }
    return cuts;
  }

  /** Cuts between the grapheme clusters of the word that holds `at`, ending with that word's end. */
  graphemes(at: number): number[] {
    const wordCuts = this.words(at);
    const sentenceStart = this.span(this.sentences(), 0, at).start;
    const { start, end } = this.span(wordCuts, sentenceStart, at);
    let cuts = this.graphemeCuts.get(start);
    if (cuts === undefined) {
      cuts = this.cuts(start, end, segmenterFor('grapheme', CUT_LOCALE), () => true);
      this.graphemeCuts.set(start, cuts);
    }
    return cuts;
  }

  /** The span between two consecutive cuts that holds `at`. */
  private span(cuts: readonly number[], origin: number, at: number): TextRange {
    const next = firstCutAfter(cuts, at);
    return { start: next === 0 ? origin : cuts[next - 1], end: cuts[next] };
  }

  private cuts(
    start: number,
    end: number,
    segmenter: Intl.Segmenter,
    allowed: (before: Intl.SegmentData, after: Intl.SegmentData) => boolean,
  ): number[] {
    const cuts: number[] = [];
    let previous: Intl.SegmentData | undefined;
    for (const segment of segmentsOf(this.text, start, end, segmenter)) {
      if (previous !== undefined && allowed(previous, segment) && !this.insideUnbreakable(segment.index)) cuts.push(segment.index);
      previous = segment;
    }
    cuts.push(end);
    return cuts;
  }

  /** `offset`, or the end of the URL, hashtag, mention or number it falls inside. */
  outsideUnbreakable(offset: number): number {
    return this.unbreakableAround(offset)?.end ?? offset;
  }

  private insideUnbreakable(offset: number): boolean {
    return this.unbreakableAround(offset) !== undefined;
  }

  private unbreakableAround(offset: number): TextRange | undefined {
    this.unbreakable ??= findUnbreakable(this.text);
    let low = 0;
    let high = this.unbreakable.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = this.unbreakable[middle];
      if (range.end <= offset) low = middle + 1;
      else if (range.start >= offset) high = middle - 1;
      else return range;
    }
    return undefined;
  }
}

// V8's segment iterator takes time in proportion to the whole string at every step, so a long text is
// segmented a window at a time. A boundary is kept only with enough text after it in the window for the
// Unicode rules' look-ahead; the next window starts at the first boundary not kept.
const WINDOW = 1024;
const LOOK_AHEAD = 64;

/** The segments of `text[start, end)` with offsets into `text`, in linear time however long the text. */
function segmentsOf(text: string, start: number, end: number, segmenter: Intl.Segmenter): Intl.SegmentData[] {
  const segments: Intl.SegmentData[] = [];
  let from = start;
  let size = WINDOW;
  while (from < end) {
    const to = Math.min(end, from + size);
    const window = [...segmenter.segment(text.slice(from, to))];
    let keep = window.length;
    if (to < end) {
      while (keep > 1 && window[keep - 1].index > to - from - LOOK_AHEAD) keep--;
      // Drop the last kept segment too: its end is the next window's start, which must have look-ahead behind it.
      keep--;
      if (keep < 1) {
        size *= 2;
        continue;
      }
    }
    for (const segment of window.slice(0, keep)) segments.push({ ...segment, index: from + segment.index });
    from = keep < window.length ? from + window[keep].index : to;
    size = WINDOW;
  }
  return segments;
}

/** The index of the first cut greater than `offset` (cuts are ascending and end with the text's end). */
export function firstCutAfter(cuts: readonly number[], offset: number): number {
  let low = 0;
  let high = cuts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cuts[middle] > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A line may break after spaces, or between two words of a script written without spaces. */
function isLineBreakBetween(before: Intl.SegmentData, after: Intl.SegmentData): boolean {
  if (ALL_SPACE.test(after.segment)) return false;
  if (ALL_SPACE.test(before.segment)) return true;
  if (after.isWordLike !== true || OPENING_PUNCTUATION.test(before.segment)) return false;
  return NO_SPACE_SCRIPT.test(before.segment) || NO_SPACE_SCRIPT.test(after.segment);
}

/** Ranges that must stay in one post, merged and sorted. */
function findUnbreakable(text: string): TextRange[] {
  const ranges = twitterEntities(text);
  for (const pattern of UNBREAKABLE) {
    for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

// twitter-text's extraction takes time growing faster than its input on long runs without spaces, and no
// entity holds a space: it is run on space-separated chunks of bounded length, a long run in overlapping windows.
const ENTITY_CHUNK = 1024;
const ENTITY_OVERLAP = 256;
const ENTITY_HINT = /[.#\uFF03@\uFF20$]/u;

/** The URLs, hashtags, mentions and cashtags twitter-text finds, in time linear in the text's length. */
function twitterEntities(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const extract = (start: number, end: number) => {
    const chunk = text.slice(start, end);
    if (!ENTITY_HINT.test(chunk)) return;
    for (const { indices } of twitterText.extractEntitiesWithIndices(chunk)) ranges.push({ start: start + indices[0], end: start + indices[1] });
  };
  let chunkStart = -1;
  let chunkEnd = -1;
  for (const token of text.matchAll(/\S+/gu)) {
    const end = token.index + token[0].length;
    if (chunkStart !== -1 && end - chunkStart <= ENTITY_CHUNK) {
      chunkEnd = end;
      continue;
    }
    if (chunkStart !== -1) extract(chunkStart, chunkEnd);
    if (token[0].length <= ENTITY_CHUNK) {
      chunkStart = token.index;
      chunkEnd = end;
      continue;
    }
    for (let from = token.index; ; from += ENTITY_CHUNK - ENTITY_OVERLAP) {
      extract(from, Math.min(end, from + ENTITY_CHUNK));
      if (from + ENTITY_CHUNK >= end) break;
    }
    chunkStart = -1;
  }
  if (chunkStart !== -1) extract(chunkStart, chunkEnd);
  return ranges;
}
