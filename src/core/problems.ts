import type { CountCache } from './countCache';
import { documentOffsetOfPost, type PostModel } from './postModel';
import type { TextRange } from './text';

/** How serious a problem is; mapped to the editor's and the CLI's own severities by the adapters. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found in a post, as plain data that both the extension and the CLI present. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  range: TextRange;
}

/** Flags every post longer than its platform allows, covering exactly the part past the limit. */
export function findTooLongPosts(model: PostModel, counts: CountCache): Problem[] {
  const problems: Problem[] = [];
  for (const thread of model.threadsBlock?.threads ?? []) {
    for (const post of thread.posts) {
      const length = counts.measure(post.text);
      if (length.overflowStart === undefined) continue;
      const label = `${post.label.number}/${post.label.total}`;
      problems.push({
        code: 'thread/too-long',
        severity: 'error',
        message: `Post ${label} is ${length.length}/${length.limit}: ${length.length - length.limit} over`,
        range: { start: documentOffsetOfPost(post, length.overflowStart), end: post.range.end },
      });
    }
  }
  return problems;
}
