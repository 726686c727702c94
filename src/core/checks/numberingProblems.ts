import type { PostModel, Thread, ThreadPost } from '../post/postModel';
import { postName } from './tooLongPosts';
import { type Problem } from '../post/problem';

const CODE = 'thread/numbering';
const MISSING_NAMED = 3;

/**
 * Flags thread labels a reader would stumble over: a missing number, a duplicate, numbers out of order, a total
 * that differs between posts or from the number of posts. Each problem sits on a label; Renumber Thread fixes them all.
 */
export function findNumberingProblems(model: PostModel): Problem[] {
  return (model.threadsBlock?.threads ?? []).flatMap((thread) => [...sequenceProblems(thread), ...totalProblems(thread)]);
}

function sequenceProblems(thread: Thread): Problem[] {
  const problems: Problem[] = [];
  const everyNumber = new Set(thread.posts.map((post) => post.label.number));
  const seen = new Map<number, ThreadPost>();
  thread.posts.forEach((post, index) => {
    const previous = thread.posts[index - 1];
    const expected = previous === undefined ? 1 : previous.label.number + 1;
    const { number } = post.label;
    const earlier = seen.get(number);
    if (earlier !== undefined) {
      problems.push(problem(post, `${postName(thread, post)} repeats the number of the post on line ${earlier.line + 1}`));
    } else if (number < expected) {
      const where = previous === undefined ? 'starts the thread, but numbering starts at 1' : `comes after ${labelOf(previous)}: the numbers are out of order`;
      problems.push(problem(post, `${postName(thread, post)} ${where}`));
    } else if (number > expected) {
      const missing = missingBetween(expected, number, everyNumber);
      if (missing.length > 0) {
        const after = previous === undefined ? 'starts the thread' : `follows ${labelOf(previous)}`;
        const names = missing.slice(0, MISSING_NAMED).map((value) => `${value}/${post.label.total}`).join(', ');
        const more = missing.length > MISSING_NAMED ? ` and ${missing.length - MISSING_NAMED} more` : '';
        problems.push(problem(post, `${postName(thread, post)} ${after}: ${names}${more} ${missing.length === 1 ? 'is' : 'are'} missing`));
      }
    }
    if (earlier === undefined) seen.set(number, post);
  });
  return problems;
}

function totalProblems(thread: Thread): Problem[] {
  if (thread.posts.length === 0) return [];
  const tally = new Map<number, number>();
  for (const post of thread.posts) tally.set(post.label.total, (tally.get(post.label.total) ?? 0) + 1);
  const usual = [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  const problems = thread.posts
    .filter((post) => post.label.total !== usual)
    .map((post) => problem(post, `${postName(thread, post)} gives the thread ${post.label.total} ${post.label.total === 1 ? 'post' : 'posts'}; the other labels say ${usual}`));
  const count = thread.posts.length;
  if (usual !== count) {
    const first = thread.posts[0];
    problems.push(problem(first, `The thread has ${count} ${count === 1 ? 'post' : 'posts'}, but its labels say ${usual}`));
  }
  return problems;
}

function problem(post: ThreadPost, message: string): Problem {
  return { code: CODE, severity: 'warning', message, range: { ...post.label.range } };
}

function labelOf(post: ThreadPost): string {
  return `${post.label.number}/${post.label.total}`;
}

/** The numbers from `from` up to (not including) `to` that no post of the thread carries. */
function missingBetween(from: number, to: number, present: ReadonlySet<number>): number[] {
  const missing: number[] = [];
  for (let value = from; value < to; value++) if (!present.has(value)) missing.push(value);
  return missing;
}
