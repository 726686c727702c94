import { classifyPlainLine, FENCE } from './markdownLines';
import { POST_LABEL, type PostModel, type Thread, type ThreadPost } from './postModel';
import { detached, publishedSlice, type TextRange } from './text';

/** One edit of a document: `[start, end)` of the old text replaced by `text`. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** Reads a range of the edited document; the editor answers it without building the whole text. */
export type SliceOfText = (start: number, end: number) => string;

/**
 * The model after typing inside one post (no line break typed or removed, the line keeping its kind):
 * only that post is re-read, through `slice`, and the ranges after it shift, so every other post keeps its
 * text string and its cached counts. Undefined for any other edit, which needs a fresh parse.
 */
export function updatePostModelInPlace(previous: PostModel, slice: SliceOfText, change: TextChange): PostModel | undefined {
  const located = previous.frontMatter?.closed === false ? undefined : locateEditedPost(previous, change);
  if (located === undefined) return undefined;
  const delta = change.text.length - (change.end - change.start);
  const newRange = { start: located.post.range.start, end: located.post.range.end + delta };
  const postSlice = detached(slice(newRange.start, newRange.end));
  if (!editKeepsPostShape(located.post, postSlice, change)) return undefined;
  return shiftModel(previous, located, postSlice, change);
}

interface LocatedPost {
  threadIndex: number;
  postIndex: number;
  post: ThreadPost;
}

function locateEditedPost(model: PostModel, change: TextChange): LocatedPost | undefined {
  const threads = model.threadsBlock?.threads ?? [];
  for (let threadIndex = 0; threadIndex < threads.length; threadIndex++) {
    const posts = threads[threadIndex].posts;
    for (let postIndex = 0; postIndex < posts.length; postIndex++) {
      const post = posts[postIndex];
      // The label and the space after it stay untouched, and the edit ends inside the post.
      if (change.start > post.label.range.end && change.end <= post.range.end) return { threadIndex, postIndex, post };
      if (post.range.start > change.start) return undefined;
    }
  }
  return undefined;
}

/** `postSlice` is the edited post's new text as it stands in the document (CRLF kept). */
function editKeepsPostShape(post: ThreadPost, postSlice: string, change: TextChange): boolean {
  const breaks = /[\r\n]/;
  if (breaks.test(change.text)) return false;
  const removedLength = change.end - change.start;
  const publishedStart = publishedOffsetOf(post, change.start - post.range.start);
  if (breaks.test(post.text.slice(publishedStart, publishedStart + removedLength))) return false;
  if (post.text.split('\n').some((line) => FENCE.test(line))) return false;
  const at = change.start - post.range.start;
  const lineStart = postSlice.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = postSlice.indexOf('\n', at);
  if (lineEnd === -1) lineEnd = postSlice.length;
  if (postSlice.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const line = postSlice.slice(lineStart, lineEnd);
  if (classifyPlainLine(line).type !== 'text' || FENCE.test(line)) return false;
  const isLabelLine = lineStart === 0;
  return isLabelLine || !POST_LABEL.test(line);
}

/** The offset in the post's published text of an offset into its document range (which may hold CRLF). */
function publishedOffsetOf(post: ThreadPost, offsetInRange: number): number {
  let crlfBefore = 0;
  while (crlfBefore < post.crlfBreaks.length && post.crlfBreaks[crlfBefore] + crlfBefore < offsetInRange) crlfBefore++;
  return offsetInRange - crlfBefore;
}

function shiftModel(previous: PostModel, located: LocatedPost, postSlice: string, change: TextChange): PostModel {
  const delta = change.text.length - (change.end - change.start);
  const shift = (range: TextRange): TextRange =>
    range.start >= change.end ? { start: range.start + delta, end: range.end + delta } : range.end >= change.end ? { start: range.start, end: range.end + delta } : range;
  const block = previous.threadsBlock!;
  const threads = block.threads.map((thread, threadIndex): Thread => {
    if (threadIndex < located.threadIndex) return thread;
    const posts = thread.posts.map((post, postIndex) => {
      if (threadIndex === located.threadIndex && postIndex < located.postIndex) return post;
      if (threadIndex === located.threadIndex && postIndex === located.postIndex) return reslicePost(post, shift(post.range), postSlice);
      return { ...post, range: shift(post.range), label: { ...post.label, range: shift(post.label.range) } };
    });
    return { ...thread, range: shift(thread.range), heading: thread.heading && { ...thread.heading, range: shift(thread.heading.range) }, posts };
  });
  return {
    ...previous,
    sections: previous.sections.map((section) => (section.range.end < change.end ? section : {
      heading: section.heading && { ...section.heading, range: shift(section.heading.range) },
      range: shift(section.range),
    })),
    threadsBlock: { heading: block.heading, range: shift(block.range), threads },
  };
}

function reslicePost(post: ThreadPost, range: TextRange, postSlice: string): ThreadPost {
  const crlfBreaks: number[] = [];
  for (let index = postSlice.indexOf('\r\n'); index !== -1; index = postSlice.indexOf('\r\n', index + 2)) crlfBreaks.push(index - crlfBreaks.length);
  return { ...post, range, text: publishedSlice(postSlice, { start: 0, end: postSlice.length }), crlfBreaks };
}
