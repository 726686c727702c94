import { blueskyProfile } from './blueskyProfile';
import { measureGraphemes } from './graphemes';
import { mastodonProfile } from './mastodonProfile';
import { extractUrlsInPieces, parseTweetInPieces } from './twitterTextPieces';

/** The platforms a thread can be counted for. */
export type PlatformId = 'x' | 'bluesky' | 'mastodon' | 'threads';

/** Every platform, in the order settings and tooltips list them. */
export const PLATFORM_IDS: readonly PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads'];

/** How long a post is on one platform, and where it stops fitting. */
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
}

/** A platform's counting rules: the single interface the status bar, diagnostics, preview and CLI count through. */
export interface PlatformProfile {
  id: PlatformId;
  displayName: string;
  limit: number;
  measure(text: string): PostLength;
}

/** X counts with twitter-text's own `parseTweet`, so Threadwright's numbers are X's numbers. */
export const xProfile: PlatformProfile = {
  id: 'x',
  displayName: 'X',
  limit: 280,
  measure(text: string): PostLength {
    const parsed = parseTweetInPieces(text, this.limit);
    const over = parsed.weightedLength > this.limit;
    let urls: number | undefined;
    return {
      length: parsed.weightedLength,
      limit: this.limit,
      overflowStart: over ? Math.min(parsed.validRangeEnd + 1, text.length) : undefined,
      // Only the status bar's tooltip shows it, so a full analysis does not pay for a second link scan.
      get urls() {
        return (urls ??= text.includes('.') ? extractUrlsInPieces(text).length : 0);
      },
    };
  },
};

const THREADS_LIMIT = 500;

/** Threads (Meta): 500 characters, counted as grapheme clusters; links count as written. */
export const threadsProfile: PlatformProfile = {
  id: 'threads',
  displayName: 'Threads',
  limit: THREADS_LIMIT,
  measure(text: string): PostLength {
    const measured = measureGraphemes(text, [], { graphemes: THREADS_LIMIT });
    const urls = text.includes('://') ? extractUrlsInPieces(text, { extractUrlsWithoutProtocol: false }).length : 0;
    return { length: measured.graphemes, limit: THREADS_LIMIT, overflowStart: measured.overflowStart, urls };
  },
};

/** Tells a known platform id from any other string, e.g. one read from settings. */
export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

/** The platform a thread heading names (`### Bluesky thread: …`), with `twitter` meaning X; undefined for other words. */
export function platformNamed(name: string | undefined): PlatformId | undefined {
  const id = name?.toLowerCase() === 'twitter' ? 'x' : name?.toLowerCase();
  return id !== undefined && isPlatformId(id) ? id : undefined;
}

/** Settings that change a profile's rules. */
export interface PlatformOptions {
  /** The Mastodon server's limit (500 unless the server sets another). */
  mastodonLimit?: number;
}

/** Looks up a profile by id; the one place profiles are registered. */
export function platformProfile(id: PlatformId, options: PlatformOptions = {}): PlatformProfile {
  switch (id) {
    case 'x':
      return xProfile;
    case 'bluesky':
      return blueskyProfile;
    case 'mastodon':
      return mastodonProfile(options.mastodonLimit);
    case 'threads':
      return threadsProfile;
  }
}

/** How far a text is past its limit, in the unit that broke it (`46 over`, `12 bytes over`); undefined when it fits. */
export function overBy(length: PostLength): string | undefined {
  if (length.length > length.limit) return `${length.length - length.limit} over`;
  if (length.bytes !== undefined && length.bytes.length > length.bytes.limit) return `${length.bytes.length - length.bytes.limit} bytes over`;
  return undefined;
}
