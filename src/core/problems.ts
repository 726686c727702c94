import type { PlatformCounts } from './countCache';
import { overBy } from './platforms';
import { documentOffsetOfPost, type PostModel } from './postModel';
import type { TextRange } from './text';

/** How serious a problem is; mapped to the editor's and the CLI's own severities by the adapters. */
export type Severity = 'error' | 'warning' | 'info';

/** Another place in the document that explains a problem, e.g. the body's figures for a figure a post quotes. */
export interface RelatedLocation {
  message: string;
  range: TextRange;
}

/** A problem found in a post, as plain data that both the extension and the CLI present. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  range: TextRange;
  related?: RelatedLocation[];
}

/**
 * Flags every post longer than its platform allows, covering exactly the part past the limit; a thread whose
 * heading names its platform is counted with that platform's profile, every other thread with the primary one.
 */
export function findTooLongPosts(model: PostModel, counts: PlatformCounts): Problem[] {
  const problems: Problem[] = [];
  for (const thread of model.threadsBlock?.threads ?? []) {
    const platform = counts.platformOf(thread);
    const cache = counts.of(platform);
    const onPlatform = platform === counts.primary ? '' : ` on ${cache.profile.displayName}`;
    for (const post of thread.posts) {
      const length = cache.measure(post.text);
      if (length.overflowStart === undefined) continue;
      const label = `${post.label.number}/${post.label.total}`;
      problems.push({
        code: 'thread/too-long',
        severity: 'error',
        message: `Post ${label} is ${length.length}/${length.limit}${onPlatform}: ${overBy(length)}`,
        range: { start: documentOffsetOfPost(post, length.overflowStart), end: post.range.end },
      });
    }
  }
  return problems;
}
