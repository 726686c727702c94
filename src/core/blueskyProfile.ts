import { measureGraphemes, utf8Length, type Substitution } from './graphemes';
import type { PlatformProfile, PostLength } from './platforms';

const GRAPHEME_LIMIT = 300;
const BYTE_LIMIT = 3000;
/** Links as the Bluesky app detects them: `http(s)://` after the start of a line, a space or `(`. */
const LINK = /(^|\s|\()(https?:\/\/\S+)/gm;
const URL_PARTS = /^(https?):\/\/([^/?#\\]*)([^?#]*)(\?[^#]*)?(#.*)?$/s;
const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };

/** Bluesky: 300 graphemes and 3000 UTF-8 bytes, counted after the app shortens each link's visible text. */
export const blueskyProfile: PlatformProfile = {
  id: 'bluesky',
  displayName: 'Bluesky',
  limit: GRAPHEME_LIMIT,
  measure(text: string): PostLength {
    const links = findLinks(text);
    const measured = measureGraphemes(text, links, { graphemes: GRAPHEME_LIMIT, bytes: BYTE_LIMIT });
    return {
      length: measured.graphemes,
      limit: GRAPHEME_LIMIT,
      overflowStart: measured.overflowStart,
      urls: links.length,
      bytes: { length: measured.bytes, limit: BYTE_LIMIT },
    };
  },
};

/** The links the app turns into link facets, with the shortened text it shows (and counts) for each. */
function findLinks(text: string): Substitution[] {
  const links: Substitution[] = [];
  for (const match of text.matchAll(LINK)) {
    let url = match[2];
    if (/[.,;:!?]$/.test(url)) url = url.slice(0, -1);
    if (url.endsWith(')') && !url.includes('(')) url = url.slice(0, -1);
    const start = match.index + match[1].length;
    links.push({ start, end: start + url.length, counted: toShortUrl(url) });
  }
  return links;
}

/**
 * The app's `toShortUrl`: host plus the path (with query and fragment), cut to its first 13 characters and `...`
 * when longer than 15. Parsed the way a WHATWG URL is for the common cases (lower-case host, default port dropped,
 * non-ASCII percent-encoded); internationalised hosts are kept as written rather than turned into punycode.
 */
export function toShortUrl(url: string): string {
  const parts = URL_PARTS.exec(url);
  if (parts === null) return url;
  const [, scheme, authority, rawPath, query = '', fragment = ''] = parts;
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const portAt = hostAndPort.lastIndexOf(':');
  const hostName = (portAt === -1 ? hostAndPort : hostAndPort.slice(0, portAt)).toLowerCase();
  const port = portAt === -1 ? '' : hostAndPort.slice(portAt + 1);
  if (hostName === '' || /[\s#%/<>?@[\]^|]/.test(hostName) || !/^\d*$/.test(port)) return url;
  const host = port === '' || Number(port) === Number(DEFAULT_PORTS[scheme]) ? hostName : `${hostName}:${Number(port)}`;
  const pathname = percentEncode(rawPath.replace(/\\/g, '/'), /["<>`{} ]/) || '/';
  const path = (pathname === '/' ? '' : pathname) + percentEncode(query, /["<>' ]/) + percentEncode(fragment, /["<>` ]/);
  return path.length > 15 ? `${host}${path.slice(0, 13)}...` : host + path;
}

/** Percent-encodes control characters, non-ASCII and the component's reserved characters as UTF-8 bytes. */
function percentEncode(component: string, reserved: RegExp): string {
  let encoded = '';
  for (const character of component) {
    const code = character.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f && !reserved.test(character)) {
      encoded += character;
      continue;
    }
    for (const byte of utf8Bytes(code)) encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

function utf8Bytes(code: number): number[] {
  if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
  const size = utf8Length(String.fromCodePoint(code));
  if (size === 1) return [code];
  const bytes: number[] = [];
  for (let index = size - 1; index > 0; index--) {
    bytes.unshift(0x80 | (code & 0x3f));
    code >>= 6;
  }
  bytes.unshift((0xf00 >> size) & 0xff | code);
  return bytes;
}
