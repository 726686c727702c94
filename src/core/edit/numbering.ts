import type { Thread } from '../post/postModel';
import type { TextReplacement } from '../post/text';

/**
 * The label rewrites that number a thread's posts `1/N … N/N` in order, keeping each label's
 * zero padding; used by the renumber command and by split and join, which renumber in the same edit.
 */
export function renumberThread(thread: Thread, documentText: string): TextReplacement[] {
  const total = thread.posts.length;
  const replacements: TextReplacement[] = [];
  thread.posts.forEach((post, index) => {
    const current = documentText.slice(post.label.range.start, post.label.range.end);
    const [numberText, totalText] = current.split('/');
    const wanted = `${pad(index + 1, numberText)}/${pad(total, totalText)}`;
    if (wanted !== current) replacements.push({ range: { ...post.label.range }, text: wanted });
  });
  return replacements;
}

function pad(value: number, like: string): string {
  return like.startsWith('0') ? String(value).padStart(like.length, '0') : String(value);
}
