import twitterText, { type UrlWithIndices } from 'twitter-text';

/**
 * twitter-text's link scan restarts at every character of a run without white space, so one long run costs
 * quadratic time (a 145,000-character line of CJK took minutes). Runs longer than this are measured in pieces
 * of this size; every real word and link is shorter, so ordinary posts are measured whole, exactly as X does.
 */
export const LONGEST_WHOLE_RUN = 500;
const LONG_RUN = new RegExp(String.raw`\S{${LONGEST_WHOLE_RUN + 1}}`, 'u');

/** Whether a text holds a run too long to measure whole; a text no longer than the run limit cannot, and is not scanned. */
function hasLongRun(text: string): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: measuring in pieces a text without a long run gives the same answer, only slower
  return text.length > LONGEST_WHOLE_RUN && LONG_RUN.test(text);
}

/** The part of parseTweet's answer Threadwright reads. */
export interface ParsedTweet {
  weightedLength: number;
  validRangeEnd: number;
}

/**
 * parseTweet in linear time: the text whole when it has no run over LONGEST_WHOLE_RUN, else cut inside such runs
 * into pieces whose weighted lengths add up (a cut never splits a surrogate pair or an emoji sequence). The
 * valid range is read from the shortest prefix made of whole pieces that passes the limit, so it ends where X's does.
 */
export function parseTweetInPieces(text: string, limit: number): ParsedTweet {
  // Stryker disable next-line ConditionalExpression: the pieces of a text without a long run are the text whole
  if (!hasLongRun(text)) return twitterText.parseTweet(text);
  let weightedLength = 0;
  let validRangeEnd: number | undefined;
  for (const [start, end] of pieces(text)) {
    weightedLength += twitterText.parseTweet(text.slice(start, end)).weightedLength;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the first piece holds 500 characters of a run, already past X's 280
    if (validRangeEnd === undefined && weightedLength > limit) validRangeEnd = twitterText.parseTweet(text.slice(0, end)).validRangeEnd;
  }
  // Stryker disable next-line MethodExpression,ArithmeticOperator: never reached, the first piece is past the limit (above)
  return { weightedLength, validRangeEnd: validRangeEnd ?? Math.max(0, text.length - 1) };
}

/** extractUrlsWithIndices in linear time: piece by piece (as parseTweetInPieces cuts), indices into the whole text. */
export function extractUrlsInPieces(text: string, options?: { extractUrlsWithoutProtocol: boolean }): UrlWithIndices[] {
  // Stryker disable next-line ConditionalExpression: the pieces of a text without a long run are the text whole
  if (!hasLongRun(text)) return twitterText.extractUrlsWithIndices(text, options);
  return pieces(text).flatMap(([start, end]) => twitterText.extractUrlsWithIndices(text.slice(start, end), options)
    .map((url) => ({ ...url, indices: [url.indices[0] + start, url.indices[1] + start] as [number, number] })));
}

/** `[start, end)` pieces covering the text: cut only inside runs of non-space characters longer than LONGEST_WHOLE_RUN. */
function pieces(text: string): [number, number][] {
  const result: [number, number][] = [];
  let pieceStart = 0;
  const run = /\S+/gu;
  for (let match = run.exec(text); match !== null; match = run.exec(text)) {
    const runEnd = match.index + match[0].length;
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: a cut at the run's end is refused just below
    for (let cut = match.index + LONGEST_WHOLE_RUN; cut < runEnd - 1; cut += LONGEST_WHOLE_RUN) {
      cut = safeCut(text, cut, runEnd);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a cut at the run's end, before white space, splits no character
      if (cut >= runEnd) break;
      result.push([pieceStart, cut]);
      pieceStart = cut;
    }
  }
  result.push([pieceStart, text.length]);
  return result;
}

/** The first offset from `at` that starts a new character, outside a surrogate pair and an emoji's joiners and modifiers. */
function safeCut(text: string, at: number, limit: number): number {
  let cut = at;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the limit only stops a run of continuing code units early; a later cut measures the same
  while (cut < limit && continuesCharacter(text, cut)) cut++;
  return cut;
}

function continuesCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  // Stryker disable ConditionalExpression,LogicalOperator: taking more code units as continuing only moves a cut later, which measures the same
  return (code >= 0xdc00 && code <= 0xdfff) || code === 0x200d || text.charCodeAt(index - 1) === 0x200d
    || (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x0300 && code <= 0x036f) || code === 0x20e3
    || (code === 0xd83c && next >= 0xdffb && next <= 0xdfff);
  // Stryker restore ConditionalExpression,LogicalOperator
}
