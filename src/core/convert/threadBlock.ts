import { classifyPlainLine } from '../post/markdownLines';
import type { TextReplacement } from '../post/text';
import type { PostModel } from '../post/postModel';
import { lineBreakOf, splitLines, type Line } from '../post/text';

/** The `### Thread: "…"` block in the example's layout: the heading, a blank line, posts separated by blank lines. */
export function threadMarkdown(title: string, posts: readonly string[], headingLevel: number): string {
  return `${[`${'#'.repeat(headingLevel)} Thread: "${title}"`, ...posts].join('\n\n')}\n`;
}

/** The heading that opens a threads block, e.g. `## Twitter threads:` from the first configured name. */
export function threadsBlockHeading(threadsHeadings: readonly string[]): string {
  const name = threadsHeadings[0] ?? 'Twitter threads';
  return `## ${name.endsWith(':') ? name : `${name}:`}`;
}

/** The level a new thread heading takes: one below the threads block's heading (`###` under `##`). */
export function threadHeadingLevel(model: PostModel): number {
  return Math.min((model.threadsBlock?.heading.level ?? 2) + 1, 6);
}

/**
 * The edit that appends a thread to the post: after the last thread of its threads block, separated by
 * `---`, or, when the post has no threads block, a new `---` + `## Twitter threads:` block at its end.
 * Uses the document's own line breaks.
 */
export function threadInsertion(text: string, model: PostModel, markdown: string, threadsHeadings: readonly string[]): TextReplacement {
  const lines = splitLines(text);
  const eol = lineBreakOf(text);
  const thread = markdown.replace(/\n$/, '').replace(/\n/g, eol);
  const block = model.threadsBlock;
  const to = block === undefined ? lines.length - 1 : lastLineWithin(lines, block.range.end);
  // A threads block's heading is not blank, so the search never passes it.
  const last = lastNonBlankLine(text, lines, to);
  if (last === undefined) return { range: { start: 0, end: 0 }, text: `${threadsBlockHeading(threadsHeadings)}${eol}${eol}${thread}${eol}` };
  const at = lines[last].end;
  const endsWithBreak = classifyPlainLine(text.slice(lines[last].start, lines[last].end)).type === 'thematicBreak'
    && last >= (model.frontMatter?.bodyStartLine ?? 0);
  const separator = endsWithBreak ? '' : `---${eol}${eol}`;
  if (block !== undefined) {
    const hasThreads = block.threads.length > 0;
    return { range: { start: at, end: at }, text: `${eol}${eol}${hasThreads ? separator : ''}${thread}` };
  }
  return { range: { start: at, end: at }, text: `${eol}${eol}${separator}${threadsBlockHeading(threadsHeadings)}${eol}${eol}${thread}` };
}

function lastLineWithin(lines: readonly Line[], offset: number): number {
  let index = lines.length - 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the first line starts at 0, never past the offset; only an empty last line of the block starts at its end, and blank lines are passed over next
  while (index > 0 && lines[index].start > offset) index--;
  return index;
}

function lastNonBlankLine(text: string, lines: readonly Line[], to: number): number | undefined {
  for (let index = to; index >= 0; index--) {
    if (text.slice(lines[index].start, lines[index].end).trim() !== '') return index;
  }
  return undefined;
}
