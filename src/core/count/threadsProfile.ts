import { extractUrlsInPieces } from './twitterTextPieces';
import { measureGraphemes, utf8Length } from './graphemes';
import type { PlatformProfile } from './platforms';
import { decideFits, type PostLength, type Refusal } from './postLength';

const THREADS_LIMIT = 500;
const THREADS_LINK_LIMIT = 5;
/** A grapheme cluster that is an emoji: a pictograph, a flag's regional indicators or a keycap. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** Where Threads' rules come from, for the tooltip and the README. */
export const THREADS_RULE_SOURCE =
  "Meta's Threads API documentation: text posts are limited to 500 characters, emoji count as their UTF-8 bytes, and posts with more than 5 links are refused";

/**
 * Threads (Meta), as its API documentation states it: 500 characters, where a character is a grapheme cluster and
 * an emoji counts as many as its UTF-8 bytes; a post with more than 5 links is refused, so the 6th link is flagged.
 */
export const threadsProfile: PlatformProfile = {
  id: 'threads',
  displayName: 'Threads',
  limit: THREADS_LIMIT,
  measure(text: string): PostLength {
    const measured = measureGraphemes(text, [], { graphemes: THREADS_LIMIT }, weightOnThreads);
    // Stryker disable next-line StringLiteral: a fast path; without a dot twitter-text finds no link either
    const links = text.includes('.') ? extractUrlsInPieces(text) : [];
    const refusal = linkRefusal(links);
    return {
      length: measured.graphemes,
      limit: THREADS_LIMIT,
      overflowStart: measured.overflowStart,
      urls: links.length,
      fits: decideFits(measured.graphemes, THREADS_LIMIT, undefined, refusal),
      // Stryker disable next-line ConditionalExpression: `refusal: undefined` reads as no refusal
      ...(refusal === undefined ? {} : { refusal }),
    };
  },
};

/** How much one grapheme cluster counts on Threads. */
function weightOnThreads(cluster: string): number {
  return EMOJI.test(cluster) ? utf8Length(cluster) : 1;
}

function linkRefusal(links: readonly { indices: [number, number] }[]): Refusal | undefined {
  const extra = links[THREADS_LINK_LIMIT];
  if (extra === undefined) return undefined;
  return {
    short: `${links.length} links, ${THREADS_LINK_LIMIT} allowed`,
    reason: `has ${links.length} links; Threads refuses more than ${THREADS_LINK_LIMIT}`,
    start: extra.indices[0],
    end: extra.indices[1],
  };
}
