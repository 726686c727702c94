import { measureGraphemes, type Substitution } from './graphemes';
import type { PlatformProfile, PostLength } from './platforms';
import { extractUrlsInPieces } from './twitterTextPieces';

/** Mastodon's default limit; each server may set its own. */
export const MASTODON_DEFAULT_LIMIT = 500;
const URL_LENGTH = 23;
/** `@user@domain`, as Mastodon finds remote mentions (not after a letter, digit, `_`, `=` or `/`). */
const REMOTE_MENTION = /(?<![=/\p{L}\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]*[a-z0-9_])?)@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*/giu;

/**
 * Mastodon: characters (grapheme clusters, as the server's length validator counts them) against the server's
 * limit; every `http(s)://` link counts 23 whatever its length, and `@user@domain` counts as `@user`.
 */
export function mastodonProfile(limit = MASTODON_DEFAULT_LIMIT): PlatformProfile {
  return {
    id: 'mastodon',
    displayName: 'Mastodon',
    limit,
    measure(text: string): PostLength {
      const links: Substitution[] = extractUrlsInPieces(text, { extractUrlsWithoutProtocol: false })
        .map(({ indices: [start, end] }) => ({ start, end, counted: 'x'.repeat(URL_LENGTH) }));
      const mentions: Substitution[] = [...text.matchAll(REMOTE_MENTION)]
        .map((match) => ({ start: match.index, end: match.index + match[0].length, counted: `@${match[1]}` }))
        .filter((mention) => !links.some((link) => link.start < mention.end && mention.start < link.end));
      const substitutions = [...links, ...mentions].sort((a, b) => a.start - b.start);
      const measured = measureGraphemes(text, substitutions, { graphemes: limit });
      return { length: measured.graphemes, limit, overflowStart: measured.overflowStart, urls: links.length };
    },
  };
}
