import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { DEFAULT_FRONT_MATTER_OPTIONS, type FrontMatterOptions } from '../../src/core/frontMatter/check';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import type { TextRange } from '../../src/core/post/text';

/** Analyses a post the way the editor does, with front matter options on top of the defaults. */
export function analyse(text: string, options: Partial<FrontMatterOptions> = {}) {
  return analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS, frontMatter: { ...DEFAULT_FRONT_MATTER_OPTIONS, ...options } }, new PlatformCounts(['x']));
}

/** The front matter problems of a post as `[code, covered text]` pairs, the way a writer sees squiggles. */
export function squiggles(text: string, options: Partial<FrontMatterOptions> = {}): [string, string][] {
  return analyse(text, options).frontMatter.problems.map((problem) => [problem.code, text.slice(problem.range.start, problem.range.end)]);
}

/** The range of the n-th occurrence (from 1) of a piece of the post: the expected squiggle, read off the text itself. */
export function rangeOf(text: string, piece: string, occurrence = 1): TextRange {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    start = text.indexOf(piece, start + 1);
    if (start === -1) throw new Error(`"${piece}" occurs fewer than ${occurrence} times`);
  }
  return { start, end: start + piece.length };
}

/** Applies replacements the way one workspace edit does. */
export function applyReplacements(text: string, replacements: readonly { range: TextRange; text: string }[]): string {
  return [...replacements].sort((a, b) => b.range.start - a.range.start)
    .reduce((result, { range, text: replacement }) => result.slice(0, range.start) + replacement + result.slice(range.end), text);
}
