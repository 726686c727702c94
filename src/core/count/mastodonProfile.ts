import twitterText from 'twitter-text';
import type { TextRange } from '../post/text';
import { measureGraphemes, type Substitution } from './graphemes';
import { findMastodonUrls } from './mastodonUrls';
import type { PlatformProfile } from './platforms';
import { decideFits, type PostLength, type Refusal } from './postLength';

/** Mastodon's default limit; each server may set its own. */
export const MASTODON_DEFAULT_LIMIT = 500;
const URL_PLACEHOLDER = 'x'.repeat(23);
/** The longest domain name DNS allows; a longer "domain" is no server, so the mention is counted as written. */
const MAX_DOMAIN_LENGTH = 253;
/** The server's `Account::MENTION_RE`, where Ruby's `[[:word:]]` is a letter, mark, decimal digit or connector. */
const MENTION = /(?<![=/\p{L}\p{M}\p{Nd}\p{Pc}])@(([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@([\p{L}\p{M}\p{Nd}\p{Pc}.-]+[\p{L}\p{M}\p{Nd}\p{Pc}]+))?)/giu;
/** Ruby's `blank?`: nothing but white space. */
const BLANK = /^\s*$/u;
/** A post's first line `CW: …` (after the post's `n/total` label, when it starts with one): its content warning. */
const CONTENT_WARNING = /^(\d+\/\d+[^\S\r\n]+)?(CW:[^\S\r\n]*([^\r\n]*\S)[^\S\r\n]*(?:\r?\n|$))/iu;

/** A post's content warning (Mastodon's spoiler text, shown in place of the post until a reader opens it). */
export interface ContentWarning {
  warning: string;
  /** The warning's line in the post, its line break included: the status is the post without it. */
  line: TextRange;
}

/**
 * The content warning a writer gives a post as its first line, `CW: money talk` (or `2/8 CW: money talk`):
 * Mastodon publishes it as the status' spoiler text and the rest as the status; undefined when the post has none.
 */
export function contentWarningOf(text: string): ContentWarning | undefined {
  const match = CONTENT_WARNING.exec(text);
  if (match === null) return undefined;
  const start = match[1]?.length ?? 0;
  return { warning: match[3], line: { start, end: start + match[2].length } };
}

/** The status Mastodon is sent for a post: the post without its content warning's line. */
export function statusTextOf(text: string, contentWarning = contentWarningOf(text)): string {
  return contentWarning === undefined ? text : text.slice(0, contentWarning.line.start) + text.slice(contentWarning.line.end);
}

/**
 * Mastodon, as the server's `StatusLengthValidator` counts: grapheme clusters of the content warning followed by
 * the text, where every link the server's URL pattern finds counts 23 and `@user@domain` counts as `@user`;
 * a blank text counts 0 (and the server refuses it). A post's first line `CW: …` is its content warning.
 */
export function mastodonProfile(limit = MASTODON_DEFAULT_LIMIT): PlatformProfile {
  return {
    id: 'mastodon',
    displayName: 'Mastodon',
    limit,
    measure(text: string): PostLength {
      const contentWarning = contentWarningOf(text);
      const line = contentWarning?.line ?? { start: 0, end: 0 };
      // Stryker disable next-line ConditionalExpression,EqualityOperator: before the warning's line there is at most a label, which holds no link or mention
      const outsideWarning = (span: Substitution) => span.end <= line.start || span.start >= line.end;
      const blank = BLANK.test(statusTextOf(text, contentWarning));
      const urls = blank ? [] : findMastodonUrls(text).map((url) => ({ ...url, counted: URL_PLACEHOLDER })).filter(outsideWarning);
      // Stryker disable next-line ArrayDeclaration: a blank post's body is the one substitution below, not its entities
      const entities = blank ? [] : withoutOverlaps([...urls, ...findMentions(text).filter(outsideWarning)]);
      // The warning's line counts as the warning alone: the server counts the spoiler text, then the status.
      const warning = contentWarning === undefined ? [] : [{ ...line, counted: contentWarning.warning }];
      const body = blank ? [{ start: line.end, end: text.length, counted: '' }] : entities;
      const measured = measureGraphemes(text, [...warning, ...body], { graphemes: limit });
      const refusal: Refusal | undefined = blank
        ? { short: 'empty', reason: 'is blank, and Mastodon refuses a post without text', start: line.end, end: text.length }
        : undefined;
      return {
        length: measured.graphemes,
        limit,
        overflowStart: measured.overflowStart,
        urls: urls.length,
        fits: decideFits(measured.graphemes, limit, undefined, refusal),
        // Stryker disable next-line ConditionalExpression: `refusal: undefined` reads as no refusal
        ...(refusal === undefined ? {} : { refusal }),
      };
    },
  };
}

/** Mentions as the server's extractor keeps them: not followed by `@`, a Latin accent or `://`, shortened to `@user`. */
function findMentions(text: string): Substitution[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral,ArrayDeclaration: a fast path; without an @ the pattern finds no mention either
  if (!text.includes('@')) return [];
  const mentions: Substitution[] = [];
  for (const match of text.matchAll(MENTION)) {
    const end = match.index + match[0].length;
    if (twitterText.regexen.endMentionMatch.test(text.slice(end, end + 3))) continue;
    const domain = match[3];
    if (domain === undefined || domain.length > MAX_DOMAIN_LENGTH) continue;
    mentions.push({ start: match.index, end, counted: `@${match[2]}` });
  }
  return mentions;
}

/** The server's `remove_overlapping_entities`: in order of start, an entity overlapping a kept one is dropped. */
function withoutOverlaps(entities: Substitution[]): Substitution[] {
  const kept: Substitution[] = [];
  for (const entity of entities.sort((a, b) => a.start - b.start)) {
    if (kept.length === 0 || entity.start >= kept[kept.length - 1].end) kept.push(entity);
  }
  return kept;
}
