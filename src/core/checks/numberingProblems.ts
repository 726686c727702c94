import type { PostModel, Thread, ThreadPost } from '../post/postModel';
import { postName } from './tooLongPosts';
import { l10n, type Message } from '../post/message';
import { localisedProblem, type Problem } from '../post/problem';

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
      problems.push(problem(post, l10n.t('{post} repeats the number of the post on line {line}', { post: postName(thread, post), line: earlier.line + 1 })));
    } else if (number < expected) {
      problems.push(problem(post, previous === undefined
        ? l10n.t('{post} starts the thread, but numbering starts at 1', { post: postName(thread, post) })
        : l10n.t('{post} comes after {previous}: the numbers are out of order', { post: postName(thread, post), previous: labelOf(previous) })));
      // Stryker disable next-line ConditionalExpression,EqualityOperator: at the expected number nothing lies between
    } else if (number > expected) {
      const missing = missingBetween(expected, number, everyNumber);
      if (missing.length > 0) {
        const names = missing.slice(0, MISSING_NAMED).map((value) => `${value}/${post.label.total}`).join(', ');
        problems.push(problem(post, missingMessage(postName(thread, post), previous, names, missing.length)));
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
    .map((post) => problem(post, post.label.total === 1
      ? l10n.t('{post} gives the thread 1 post; the other labels say {usual}', { post: postName(thread, post), usual })
      : l10n.t('{post} gives the thread {total} posts; the other labels say {usual}', { post: postName(thread, post), total: post.label.total, usual })));
  const count = thread.posts.length;
  if (usual !== count) {
    const first = thread.posts[0];
    problems.push(problem(first, count === 1
      ? l10n.t('The thread has 1 post, but its labels say {usual}', { usual })
      : l10n.t('The thread has {count} posts, but its labels say {usual}', { count, usual })));
  }
  return problems;
}

/** `… follows 2/10: 3/10, 4/10 and 2 more are missing`, in one message a translation can reorder. */
function missingMessage(post: Message, previous: ThreadPost | undefined, names: string, count: number): Message {
  const more = count - MISSING_NAMED;
  if (previous === undefined) {
    if (more > 0) return l10n.t('{post} starts the thread: {names} and {more} more are missing', { post, names, more });
    return count === 1 ? l10n.t('{post} starts the thread: {names} is missing', { post, names }) : l10n.t('{post} starts the thread: {names} are missing', { post, names });
  }
  const after = labelOf(previous);
  if (more > 0) return l10n.t('{post} follows {previous}: {names} and {more} more are missing', { post, previous: after, names, more });
  return count === 1
    ? l10n.t('{post} follows {previous}: {names} is missing', { post, previous: after, names })
    : l10n.t('{post} follows {previous}: {names} are missing', { post, previous: after, names });
}

function problem(post: ThreadPost, message: Message): Problem {
  return localisedProblem(CODE, 'warning', message, { ...post.label.range });
}

function labelOf(post: ThreadPost): string {
  return `${post.label.number}/${post.label.total}`;
}

/** The numbers from `from` up to (not including) `to` that no post of the thread carries. */
function missingBetween(from: number, to: number, present: ReadonlySet<number>): number[] {
  const missing: number[] = [];
  // Stryker disable next-line EqualityOperator: `to` is the number of the post itself, so it is present
  for (let value = from; value < to; value++) if (!present.has(value)) missing.push(value);
  return missing;
}
