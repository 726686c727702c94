import twitterText from 'twitter-text';

// Mastodon finds links with twitter-text's URL pattern, changed by the server (config/initializers/twitter_regex.rb):
// paths may hold any character but spacing and `<>()?`, queries may hold most of Unicode, and more schemes link.
// The pattern is built from twitter-text's own domain and boundary parts plus the server's changed parts.
const { regexen } = twitterText;
const SPACING = String.raw`\t-\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`;
const PATH_CHAR = `[^${SPACING}<>()?]`;
/** The server's balanced parentheses, one nested level, of its own path characters. */
const BALANCED_PARENS = String.raw`\((?:${PATH_CHAR}+|(?:${PATH_CHAR}*\(${PATH_CHAR}+\)${PATH_CHAR}*))\)`;
/** The server redefines the ending characters before its parentheses, so they still use twitter-text's parentheses. */
const PATH_ENDING = String.raw`(?:[^${SPACING}()?!*"'「」<>;:=,.$%\[\]~&|@]|${regexen.validUrlBalancedParens.source})`;
const PATH = `(?:(?:${PATH_CHAR}*(?:${BALANCED_PARENS}${PATH_CHAR}*)*${PATH_ENDING})|(?:${PATH_CHAR}+/))`;
/** Mastodon's `UCHARS`: written as UTF-16, since twitter-text's parts are not Unicode-mode patterns. */
const UCHARS = String.raw`\u00A0-\uD7FF\uE000-\uFDCF\uFDF0-\uFFEF`;
const ASTRAL = String.raw`[\uD800-\uDBFF][\uDC00-\uDFFF]`;
const QUERY_CHAR = String.raw`(?:[a-z0-9!?*'();:&=+$/%#\[\]\-_.,~|@^${UCHARS}]|${ASTRAL})`;
const QUERY_ENDING = String.raw`(?:[a-z0-9_&=#/\-${UCHARS}]|${ASTRAL})`;
/** The schemes Mastodon links besides http(s). */
export const MASTODON_SCHEMES = ['https?', 'dat', 'dweb', 'ipfs', 'ipns', 'ssb', 'gopher', 'gemini'];
const MASTODON_URL = new RegExp(
  `(${regexen.validUrlPrecedingChars.source})` +
    `(((?:${MASTODON_SCHEMES.join('|')})://)(${regexen.validDomain.source})(?::(${regexen.validPortNumber.source}))?(/${PATH}*)?(\\?${QUERY_CHAR}*${QUERY_ENDING})?)`,
  'gi',
);

/** A span of text the server finds, as [start, end) UTF-16 offsets. */
export interface FoundSpan {
  start: number;
  end: number;
}

/** The links Mastodon's `StatusLengthValidator` counts as 23 characters: only those written with a scheme. */
export function findMastodonUrls(text: string): FoundSpan[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral,ArrayDeclaration: a fast path; without :// the pattern finds no link either
  if (!text.includes('://')) return [];
  const urls: FoundSpan[] = [];
  for (const match of text.matchAll(MASTODON_URL)) {
    const start = match.index + match[1].length;
    urls.push({ start, end: start + match[2].length });
  }
  return urls;
}
