import type { PlatformCounts } from '../count/countCache';
import { overByMessage } from '../count/platforms';
import { l10n, type Message } from '../post/message';
import { documentOffsetOfPost, type PostModel, type Thread, type ThreadPost } from '../post/postModel';
import { localisedProblem, type Problem } from '../post/problem';

/** Thread titles longer than this are cut with `…` in messages. */
const TITLE_LENGTH = 24;

/**
 * Flags every post its platform would not publish: one that is too long, covering exactly the part past the limit,
 * and one holding what the platform refuses (X's U+FEFF, Threads' 6th link), on that span. A thread whose heading
 * names its platform is counted with that platform's profile, every other thread with the primary one.
 */
export function findTooLongPosts(model: PostModel, counts: PlatformCounts): Problem[] {
  const problems: Problem[] = [];
  for (const thread of model.threadsBlock?.threads ?? []) {
    const platform = counts.platformOf(thread);
    const cache = counts.of(platform);
    const platformName = platform === counts.primary ? undefined : cache.profile.displayName;
    for (const post of thread.posts) {
      const length = cache.measure(post.text);
      // Stryker disable next-line ConditionalExpression: a post that fits has neither an overflow nor a refusal
      if (length.fits) continue;
      const name = postName(thread, post);
      if (length.overflowStart !== undefined) {
        problems.push(localisedProblem(
          'thread/too-long',
          'error',
          // Stryker disable next-line StringLiteral: past the limit there is always a figure over it
          platformName === undefined
            ? l10n.t('{post} is {length}/{limit}: {over}', { post: name, length: length.length, limit: length.limit, over: overByMessage(length) ?? '' })
            : l10n.t('{post} is {length}/{limit} on {platform}: {over}', { post: name, length: length.length, limit: length.limit, platform: platformName, over: overByMessage(length) ?? '' }),
          { start: documentOffsetOfPost(post, length.overflowStart), end: post.range.end },
        ));
      }
      if (length.refusal !== undefined) {
        const { reason, start, end } = length.refusal;
        // Each reason names its platform ("a character X refuses"), so none is added.
        problems.push(localisedProblem(
          'thread/refused',
          'error',
          l10n.t('{post} {reason}', { post: name, reason }),
          { start: documentOffsetOfPost(post, start), end: documentOffsetOfPost(post, end) },
        ));
      }
    }
  }
  return problems;
}

/** How messages name a post: `Post 8/10 of "Bitcoin Mining Crisis…"`, or just `Post 8/10` in an untitled thread. */
export function postName(thread: Pick<Thread, 'title'>, post: Pick<ThreadPost, 'label'>): Message {
  const label = `${post.label.number}/${post.label.total}`;
  const title = thread.title.trim();
  return title === '' ? l10n.t('Post {label}', { label }) : l10n.t('Post {label} of "{title}"', { label, title: shortTitle(title) });
}

/** A title cut after its last whole word within `TITLE_LENGTH` characters, with `…`. */
function shortTitle(title: string): string {
  const characters = [...title];
  if (characters.length <= TITLE_LENGTH) return title;
  const head = characters.slice(0, TITLE_LENGTH).join('');
  const space = head.lastIndexOf(' ');
  const cut = space > 0 ? head.slice(0, space) : characters.slice(0, TITLE_LENGTH - 1).join('');
  return `${cut.replace(/[\s,.:;!?–—-]+$/u, '')}…`;
}
