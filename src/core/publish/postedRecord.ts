import { lineBreakOf, type TextReplacement } from '../post/text';
import type { PlatformId } from '../count/platforms';
import type { Thread } from '../post/postModel';

/** Where a thread went, as written into the post under the thread's heading. */
export interface PostedRecord {
  platform: PlatformId;
  /** The account it went to, e.g. `@alice.bsky.social` or `@alice@mastodon.social`. */
  account: string;
  /** The link of the thread's first post. */
  url: string;
  /** The day it was posted, `YYYY-MM-DD`. */
  date: string;
  /** Present while only part of the thread went out: how far it got and the id of the last post, to reply to on Resume. */
  partial?: { posted: number; total: number; lastId: string };
}

const RECORD = /^<!-- posted: (x|bluesky|mastodon|threads) (\S+) (\S+) (\d{4}-\d{2}-\d{2})(?: partial (\d+)\/(\d+) last (\S+))? -->$/;

/** The comment line for a record: an HTML comment, so the site never shows it. */
export function formatPostedRecord(record: PostedRecord): string {
  const partial = record.partial === undefined ? '' : ` partial ${record.partial.posted}/${record.partial.total} last ${record.partial.lastId}`;
  return `<!-- posted: ${record.platform} ${record.account} ${record.url} ${record.date}${partial} -->`;
}

/** A record read back from one line, or undefined when the line is not one. */
export function parsePostedRecord(line: string): PostedRecord | undefined {
  const match = RECORD.exec(line.trim());
  if (match === null) return undefined;
  const [, platform, account, url, date, posted, total, lastId] = match;
  const partial = posted === undefined ? undefined : { posted: Number(posted), total: Number(total), lastId };
  return { platform: platform as PlatformId, account, url, date, partial };
}

/** A record with where it is written in the document. */
export interface PlacedRecord {
  record: PostedRecord;
  /** The comment's line, without its line break. */
  start: number;
  end: number;
}

/**
 * The records written between a thread's heading and its first post; a thread without a heading keeps them on the
 * lines right above its first post, where `recordEdit` writes them.
 */
export function recordsOf(thread: Thread, documentText: string): PlacedRecord[] {
  const from = thread.heading?.range.end ?? recordLinesAbove(documentText, thread.range.start);
  const to = thread.posts[0]?.range.start ?? thread.range.end;
  const placed: PlacedRecord[] = [];
  let start = from;
  for (const line of documentText.slice(from, to).split('\n')) {
    const record = parsePostedRecord(line.replace(/\r$/, ''));
    const lineStart = start;
    start += line.length + 1;
    if (record !== undefined) placed.push({ record, start: lineStart + line.length - line.trimStart().length, end: lineStart + line.replace(/\r$/, '').trimEnd().length });
  }
  return placed;
}

/** Where the record lines that end right above the line at `at` begin; `at` itself when there are none. */
function recordLinesAbove(documentText: string, at: number): number {
  let from = at;
  while (from > 0) {
    const lineStart = documentText.lastIndexOf('\n', from - 2) + 1;
    if (parsePostedRecord(documentText.slice(lineStart, from - 1)) === undefined) break;
    from = lineStart;
  }
  return from;
}

/** The finished record of this thread on this account, if it was posted there before: publishing again would post it twice. */
export function earlierPosting(thread: Thread, documentText: string, platform: PlatformId, account: string): PostedRecord | undefined {
  return recordsOf(thread, documentText).map((placed) => placed.record)
    .find((record) => record.platform === platform && record.account === account && record.partial === undefined);
}

/** The partial record of this thread on a platform, which Resume continues from. */
export function unfinishedPosting(thread: Thread, documentText: string, platform: PlatformId): PostedRecord | undefined {
  return recordsOf(thread, documentText).map((placed) => placed.record).find((record) => record.platform === platform && record.partial !== undefined);
}

/**
 * The one replacement that writes a record: it replaces this account's partial record when there is one,
 * else it adds a line right under the thread's heading (before the first post when the thread has none).
 */
export function recordEdit(thread: Thread, documentText: string, record: PostedRecord): TextReplacement {
  const line = formatPostedRecord(record);
  const existing = recordsOf(thread, documentText)
    .find((placed) => placed.record.platform === record.platform && placed.record.account === record.account && placed.record.partial !== undefined);
  if (existing !== undefined) return { range: { start: existing.start, end: existing.end }, text: line };
  const eol = lineBreakOf(documentText);
  if (thread.heading !== undefined) {
    const at = thread.heading.range.end;
    return { range: { start: at, end: at }, text: `${eol}${line}` };
  }
  // Stryker disable next-line LogicalOperator,OptionalChaining: a thread without a heading has posts, and its range starts at the first one
  const at = thread.posts[0]?.range.start ?? thread.range.start;
  return { range: { start: at, end: at }, text: `${line}${eol}` };
}

/** Today's date as records write it, from the clock the adapter passes. */
export function recordDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
