import { blueskyProfile } from './blueskyProfile';
import type { PostLength } from './postLength';
import { mastodonProfile } from './mastodonProfile';
import { threadsProfile } from './threadsProfile';
import { xProfile } from './xProfile';

export { threadsProfile, xProfile };
export { overBy, overByMessage, type PostLength, type Refusal } from './postLength';

/** The platforms a thread can be counted for. */
export type PlatformId = 'x' | 'bluesky' | 'mastodon' | 'threads';

/** Every platform, in the order settings and tooltips list them. */
export const PLATFORM_IDS: readonly PlatformId[] = ['x', 'bluesky', 'mastodon', 'threads'];

/** A platform's counting rules: the single interface the status bar, diagnostics, preview and CLI count through. */
export interface PlatformProfile {
  id: PlatformId;
  displayName: string;
  limit: number;
  measure(text: string): PostLength;
}

/** Tells a known platform id from any other string, e.g. one read from settings. */
export function isPlatformId(value: string): value is PlatformId {
  return (PLATFORM_IDS as readonly string[]).includes(value);
}

/** The platform a thread heading names (`### Bluesky thread: …`), with `twitter` meaning X; undefined for other words. */
export function platformNamed(name: string | undefined): PlatformId | undefined {
  const id = name?.toLowerCase() === 'twitter' ? 'x' : name?.toLowerCase();
  // Stryker disable next-line ConditionalExpression: isPlatformId is false for undefined too
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
