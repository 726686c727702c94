import twitterText from 'twitter-text';

/** The platforms a thread can be counted for. */
export type PlatformId = 'x';

/** How long a post is on one platform, and where it stops fitting. */
export interface PostLength {
  /** The platform's own length (weighted characters for X). */
  length: number;
  limit: number;
  /** Offset into the measured text where the part past the limit starts; undefined when it fits. */
  overflowStart?: number;
  /** How many links the platform found in the text. */
  urls: number;
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
    const parsed = twitterText.parseTweet(text);
    const over = parsed.weightedLength > this.limit;
    return {
      length: parsed.weightedLength,
      limit: this.limit,
      overflowStart: over ? Math.min(parsed.validRangeEnd + 1, text.length) : undefined,
      urls: over || text.includes('.') ? twitterText.extractUrlsWithIndices(text).length : 0,
    };
  },
};

/** Tells a known platform id from any other string, e.g. one read from settings. */
export function isPlatformId(value: string): value is PlatformId {
  return value === 'x';
}

/** Looks up a profile by id; the one place later profiles are registered. */
export function platformProfile(id: PlatformId): PlatformProfile {
  switch (id) {
    case 'x':
      return xProfile;
  }
}
