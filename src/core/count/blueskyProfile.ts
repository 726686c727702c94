import { measureGraphemes, type Substitution } from './graphemes';
import type { PlatformProfile } from './platforms';
import { decideFits, type PostLength } from './postLength';
import { parseUrl } from './runtimeUrl';
import { isKnownTld } from './topLevelDomains';

const GRAPHEME_LIMIT = 300;
const BYTE_LIMIT = 3000;
/** Links as `@atproto/api`'s `detectFacets` finds them: `http(s)://…` or a bare domain, after a line start, a space or `(`. */
const LINK = /(^|\s|\()((https?:\/\/\S+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)\S*))/gim;
/** What `RichText`'s `cleanNewlines` collapses to one blank line: three or more line breaks with only spacing between. */
// The zero-width characters are listed on purpose, as the library lists them.
// eslint-disable-next-line no-misleading-character-class
const EXCESS_NEWLINES = /[\r\n]([\u00AD\u2060\u200D\u200C\u200B\s]*[\r\n]){2,}/g;
/** The blank lines the app drops from the start of a post before posting it. */
const LEADING_BLANK_LINES = /^(\s*\n)+/;
const TRAILING_SPACE = /\s+$/;

/**
 * Bluesky: 300 graphemes and 3000 UTF-8 bytes of the text the official app posts: trimmed, its runs of blank lines
 * collapsed, and each link shortened to what the app shows (`toShortUrl`).
 */
export const blueskyProfile: PlatformProfile = {
  id: 'bluesky',
  displayName: 'Bluesky',
  limit: GRAPHEME_LIMIT,
  measure(text: string): PostLength {
    const cleanups = postingCleanups(text);
    const links = findLinks(text);
    const substitutions = [...cleanups, ...links].sort((a, b) => a.start - b.start);
    const measured = measureGraphemes(text, substitutions, { graphemes: GRAPHEME_LIMIT, bytes: BYTE_LIMIT });
    const bytes = { length: measured.bytes, limit: BYTE_LIMIT };
    return {
      length: measured.graphemes,
      limit: GRAPHEME_LIMIT,
      overflowStart: measured.overflowStart,
      urls: links.length,
      bytes,
      fits: decideFits(measured.graphemes, GRAPHEME_LIMIT, bytes, undefined),
    };
  },
};

/** What the app changes before posting (leading blank lines, trailing spaces, runs of blank lines), as substitutions. */
function postingCleanups(text: string): Substitution[] {
  const cleanups: Substitution[] = [];
  const leading = LEADING_BLANK_LINES.exec(text);
  const start = leading?.[0].length ?? 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty cleanup replaces nothing
  if (start > 0) cleanups.push({ start: 0, end: start, counted: '' });
  const trailing = TRAILING_SPACE.exec(text.slice(start));
  const end = trailing === null ? text.length : start + trailing.index;
  for (const match of text.slice(start, end).matchAll(EXCESS_NEWLINES)) {
    cleanups.push({ start: start + match.index, end: start + match.index + match[0].length, counted: '\n\n' });
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty cleanup replaces nothing
  if (end < text.length) cleanups.push({ start: end, end: text.length, counted: '' });
  return cleanups;
}

/** The links the app turns into link facets, with the shortened text it posts (and counts) for each. */
function findLinks(text: string): Substitution[] {
  const links: Substitution[] = [];
  for (const match of text.matchAll(LINK)) {
    let url = match[2];
    // As the library tests it: only a lower-case `http` start skips the domain check (`HTTPS://…` needs a known TLD).
    // Stryker disable next-line OptionalChaining: LINK always has the named group
    const domain = match.groups?.domain;
    if (!url.startsWith('http') && (domain === undefined || !isKnownTld(domain))) continue;
    if (/[.,;:!?]$/.test(url)) url = url.slice(0, -1);
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    // Links hold no spacing and the posting cleanups only spacing, so a link never overlaps a cleanup.
    const start = match.index + match[1].length;
    links.push({ start, end: start + url.length, counted: toShortUrl(url) });
  }
  return links;
}

/**
 * The app's `toShortUrl`, on the runtime's own WHATWG URL parser: host (punycode, default port dropped) plus the
 * resolved path, query and fragment, cut to its first 13 characters and `...` when longer than 15. A text the
 * parser refuses, or one that is not http(s) (a bare domain), is posted as written.
 */
export function toShortUrl(url: string): string {
  const parsed = parseUrl(url);
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return url;
  const path = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash;
  return path.length > 15 ? `${parsed.host}${path.slice(0, 13)}...` : parsed.host + path;
}
