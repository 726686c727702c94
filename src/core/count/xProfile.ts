import { forEachGrapheme } from './graphemes';
import type { PlatformProfile } from './platforms';
import { decideFits, type PostLength, type Refusal } from './postLength';
import { extractUrlsInPieces, parseTweetInPieces, type ParsedTweet } from './twitterTextPieces';

const X_LIMIT = 280;
/** The characters twitter-text's `hasInvalidCharacters` refuses. */
const INVALID_CHARACTER = /[\uFFFE\uFEFF\uFFFF]/;
/**
 * Stands in for an invalid character when finding where the overflow starts: X weighs it 2 like U+FEFF and,
 * like U+FEFF, it can neither end a link's domain nor come right before a link.
 */
const SAME_WEIGHT_STAND_IN = '\uFF03';

/**
 * X counts with twitter-text's own `parseTweet` (on bounded pieces of very long runs without spaces, so a run stays linear), so the length and the verdict are X's own (`valid` false for an
 * empty post and for U+FFFE, U+FEFF or U+FFFF); only the overflow position is mapped back to the writer's text.
 */
export const xProfile: PlatformProfile = {
  id: 'x',
  displayName: 'X',
  limit: X_LIMIT,
  measure(text: string): PostLength {
    const parsed = parseTweetInPieces(text, X_LIMIT);
    const over = parsed.weightedLength > X_LIMIT;
    const refusal = xRefusal(text);
    let urls: number | undefined;
    return {
      length: parsed.weightedLength,
      limit: X_LIMIT,
      // Stryker disable next-line ConditionalExpression: without the first answer overflowStartOf works it out again, the same
      overflowStart: over ? overflowStartOf(text, refusal === undefined ? parsed : undefined) : undefined,
      fits: decideFits(parsed.weightedLength, X_LIMIT, undefined, refusal),
      // Stryker disable next-line ConditionalExpression: `refusal: undefined` reads as no refusal
      ...(refusal === undefined ? {} : { refusal }),
      // Only the status bar's tooltip shows it, so a full analysis does not pay for a second link scan.
      get urls() {
        // Stryker disable next-line StringLiteral: a fast path; without a dot twitter-text finds no link either
        return (urls ??= text.includes('.') ? extractUrlsInPieces(text).length : 0);
      },
    };
  },
};

/** What makes `parseTweet` call a text invalid whatever its length: a character X refuses, or no text at all. */
function xRefusal(text: string): Refusal | undefined {
  const invalid = INVALID_CHARACTER.exec(text);
  if (invalid !== null) {
    const name = `U+${invalid[0].charCodeAt(0).toString(16).toUpperCase()}`;
    return { short: `${name} not allowed`, reason: `has ${name}, a character X refuses`, start: invalid.index, end: invalid.index + 1 };
  }
  if (text === '') return { short: 'empty', reason: 'is empty, and X refuses an empty post', start: 0, end: 0 };
  return undefined;
}

/**
 * Where the text stops fitting, in the writer's own text. twitter-text's `validRangeEnd` counts in the NFC form of
 * the text and stops at the first invalid character, so the search runs on the NFC text with each invalid
 * character replaced by one of the same weight, and the position is mapped back through the grapheme clusters.
 */
function overflowStartOf(text: string, parsedValid: ParsedTweet | undefined): number {
  const normalized = text.normalize('NFC');
  // A text already in NFC with nothing X refuses was measured as it is: its own valid range is the answer.
  // Stryker disable next-line ConditionalExpression: a fast path; the search below gives the same offset
  if (parsedValid !== undefined && normalized === text) return parsedValid.validRangeEnd + 1;
  const comparable = INVALID_CHARACTER.test(normalized) ? normalized.replace(new RegExp(INVALID_CHARACTER, 'g'), SAME_WEIGHT_STAND_IN) : normalized;
  const start = parseTweetInPieces(comparable, X_LIMIT).validRangeEnd + 1;
  // Stryker disable next-line ConditionalExpression: on NFC text the mapping gives the offset back unchanged
  return normalized === text ? start : originalOffsetOf(text, start);
}

/** Maps an offset in the NFC form of a text back to the text, cluster by cluster (NFC never joins two clusters). */
function originalOffsetOf(text: string, normalizedOffset: number): number {
  let normalizedStart = 0;
  let found: number | undefined;
  forEachGrapheme(text, (start, end) => {
    if (found !== undefined) return;
    const cluster = text.slice(start, end);
    const normalized = cluster.normalize('NFC');
    if (normalizedStart + normalized.length > normalizedOffset) {
      found = normalized === cluster ? start + normalizedOffset - normalizedStart : start;
    }
    normalizedStart += normalized.length;
  });
  return found ?? text.length;
}
