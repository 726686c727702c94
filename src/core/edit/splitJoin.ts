import { renumberThread } from './numbering';
import { type TextReplacement } from '../post/text';
import type { PostLength } from '../count/platforms';
import { documentOffsetOfPost, parsePost, postAtOffset, type ParseOptions, type PostPlace, type Thread } from '../post/postModel';
import { lineBreakOf } from '../post/text';

/** An edit to a thread as one replacement of the document, and where the cursor goes after it. */
export interface ThreadEdit {
  replacement: TextReplacement;
  /** Offset in the edited document. */
  cursor: number;
}

/** Why a split or join was not made, in words for the writer. */
export interface RefusedThreadEdit {
  refused: string;
}

const SPACE_AROUND_CURSOR = /[ \t\r\n]/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** Splits the post under the cursor in two at the cursor and renumbers the thread, as one edit. */
export function splitPostAt(text: string, offset: number, options: ParseOptions): ThreadEdit | RefusedThreadEdit {
  const found = postAt(text, offset, options);
  if ('refused' in found) return found;
  const { threadIndex, postIndex, post } = found;
  const textStart = post.label.range.end + 1;
  let before = Math.max(offset, textStart);
  while (before > textStart && SPACE_AROUND_CURSOR.test(text[before - 1])) before--;
  let after = Math.max(offset, textStart);
  while (after < post.range.end && SPACE_AROUND_CURSOR.test(text[after])) after++;
  if (before === textStart || after === post.range.end) {
    return { refused: 'Place the cursor inside the post’s text, with words on both sides, to split it there.' };
  }
  const eol = lineBreakOf(text);
  const label = text.slice(post.label.range.start, post.label.range.end);
  const split = `${text.slice(0, before)}${eol}${eol}${label} ${text.slice(after)}`;
  const { final, thread } = renumbered(split, threadIndex, options);
  return { replacement: replacementBetween(text, final), cursor: thread.posts[postIndex + 1].label.range.end + 1 };
}

/** A sentence end (or a line end) that a post can be cut after: the offset just past it, in the post's text. */
const CUT_AFTER = /[.!?…]["”’)\]]*(?=[ \t]+\S)|(?=\n)/gu;

/**
 * Splits an over-limit post at the last sentence end (or line end) that leaves its first part within the limit
 * once the thread is renumbered, so the quick fix of `thread/too-long` never makes a new over-long post.
 * `measure` counts a post's published text with its thread's platform profile.
 */
export function splitPostAtLimit(text: string, offset: number, options: ParseOptions, measure: (thread: Thread, postText: string) => PostLength): ThreadEdit | RefusedThreadEdit {
  const found = postAt(text, offset, options);
  if ('refused' in found) return found;
  const { post, thread, threadIndex, postIndex } = found;
  const overflow = measure(thread, post.text).overflowStart;
  if (overflow === undefined) return { refused: `Post ${post.label.number}/${post.label.total} fits its limit: there is nothing to split.` };
  // The text before a cut fits when the cut is at or before the overflow. A cut at the label is refused by
  // splitPostAt, which needs words on both sides.
  const cuts = [...post.text.matchAll(CUT_AFTER)].map((match) => match.index + match[0].length).filter((cut) => cut <= overflow);
  // Only a cut within a few characters of the limit can fail (the label's growth), so few are tried.
  for (const cut of cuts.reverse()) {
    const edit = splitPostAt(text, documentOffsetOfPost(post, cut), options);
    if ('refused' in edit) continue;
    const first = parsePost(applyReplacements(text, [edit.replacement]), options).threadsBlock!.threads[threadIndex].posts[postIndex];
    // Renumbering can lengthen the label by more than the room left before the limit (`1/1` → `100/101`).
    if (measure(thread, first.text).overflowStart === undefined) return edit;
  }
  return { refused: `Post ${post.label.number}/${post.label.total} has no sentence end before its limit: place the cursor where it should be split and use Split Post at Cursor.` };
}

/** Joins the post under the cursor with the next post of its thread and renumbers the thread, as one edit. */
export function joinPostWithNext(text: string, offset: number, options: ParseOptions): ThreadEdit | RefusedThreadEdit {
  const found = postAt(text, offset, options);
  if ('refused' in found) return found;
  const { threadIndex, postIndex, post, thread } = found;
  const next = thread.posts[postIndex + 1];
  if (next === undefined) {
    return { refused: `Post ${post.label.number}/${post.label.total} is the last post of its thread: there is no next post to join.` };
  }
  const nextText = text.slice(next.label.range.end + 1, next.range.end);
  const lastLine = post.text.slice(post.text.lastIndexOf('\n') + 1);
  const joiner = LIST_ITEM.test(nextText) || LIST_ITEM.test(lastLine) ? lineBreakOf(text) : ' ';
  const joined = `${text.slice(0, post.range.end)}${joiner}${text.slice(next.label.range.end + 1)}`;
  const { final, thread: renumberedThread } = renumbered(joined, threadIndex, options);
  const bodyLength = post.range.end - (post.label.range.end + 1);
  return {
    replacement: replacementBetween(text, final),
    cursor: renumberedThread.posts[postIndex].label.range.end + 1 + bodyLength + joiner.length,
  };
}

function postAt(text: string, offset: number, options: ParseOptions): PostPlace | RefusedThreadEdit {
  return postAtOffset(parsePost(text, options), offset)
    ?? { refused: 'Place the cursor inside a numbered post of a thread (a line starting `1/5 `).' };
}

/** The text with the thread at `threadIndex` numbered `1/N … N/N`, and that thread as parsed from it. */
function renumbered(text: string, threadIndex: number, options: ParseOptions): { final: string; thread: Thread } {
  const thread = parsePost(text, options).threadsBlock!.threads[threadIndex];
  const final = applyReplacements(text, renumberThread(thread, text));
  return { final, thread: parsePost(final, options).threadsBlock!.threads[threadIndex] };
}

/** Applies non-overlapping replacements, given in the text's own offsets. */
export function applyReplacements(text: string, replacements: readonly TextReplacement[]): string {
  return [...replacements].sort((a, b) => b.range.start - a.range.start)
    .reduce((result, { range, text: replacement }) => result.slice(0, range.start) + replacement + result.slice(range.end), text);
}

/** The one replacement that turns `before` into `after`: the span between their common start and common end. */
export function replacementBetween(before: string, after: string): TextReplacement {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end charCodeAt is NaN, which equals nothing
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never cut a surrogate pair or a CRLF: editors cannot address the middle of either.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at 0 there is no character before, so the loop stops anyway
  while (start > 0 && (isHighSurrogate(before.charCodeAt(start - 1)) || before[start - 1] === '\r')) start--;
  while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || before.endsWith('\r\n', before.length - end + 1))) end--;
  return { range: { start, end: before.length - end }, text: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
