// The verdict on one post: how long it is on a platform, whether the platform takes it, and why not.
import { englishText, l10n, type Message } from '../post/message';

/** How long a post is on one platform and whether the platform takes it: the one verdict every surface shows. */
export interface PostLength {
  /** The platform's own length (weighted characters for X). */
  length: number;
  limit: number;
  /** Offset into the measured text where the part past the limit starts; undefined when it fits. */
  overflowStart?: number;
  /** How many links the platform found in the text. */
  urls: number;
  /** The encoded size, for platforms that also cap it (Bluesky: 3000 UTF-8 bytes). */
  bytes?: { length: number; limit: number };
  /** True when the platform would publish the text as it is: within every limit and nothing it refuses. */
  fits: boolean;
  /** What the platform refuses whatever the length (X: U+FEFF or an empty post; Threads: a 6th link). */
  refusal?: Refusal;
}

/** Something in a post the platform refuses, and where it is in the measured text. */
export interface Refusal {
  /** A few words for the status bar, inline counts and the preview, e.g. `U+FEFF not allowed`. */
  short: string;
  /** The rest of a sentence starting with the post's name, e.g. `has U+FEFF, a character X refuses`. */
  reason: string;
  start: number;
  end: number;
}

/** The verdict every profile gives the same way: a post fits when it is within its limits and nothing in it is refused. */
export function decideFits(length: number, limit: number, bytes: PostLength['bytes'], refusal: Refusal | undefined): boolean {
  return length <= limit && (bytes === undefined || bytes.length <= bytes.limit) && refusal === undefined;
}

/**
 * Why a post does not fit, in a few words every surface shows alike: how far past its limit it is, in the unit that
 * broke it (`46 over`, `754 bytes over`), else what the platform refuses; undefined exactly when the post fits.
 */
export function overBy(length: PostLength): string | undefined {
  const message = overByMessage(length);
  return typeof message === 'object' ? englishText(message) : message;
}

/** `overBy` as a message to translate, for the problems that quote it (a platform's refusal stays in its own words). */
export function overByMessage(length: PostLength): Message | string | undefined {
  if (length.fits) return undefined;
  if (length.length > length.limit) return l10n.t('{count} over', { count: length.length - length.limit });
  // Stryker disable next-line ConditionalExpression,EqualityOperator: within its graphemes a post that does not fit is over its bytes or refused, and Bluesky (the one platform with bytes) refuses nothing
  if (length.bytes !== undefined && length.bytes.length > length.bytes.limit) return l10n.t('{count} bytes over', { count: length.bytes.length - length.bytes.limit });
  // Stryker disable next-line OptionalChaining,StringLiteral: within every limit, a post that does not fit is refused
  return length.refusal?.short ?? 'not accepted';
}
