import { overBy } from '../core/platforms';
import type { CommandSpec, ParsedArgs } from './args';
import { paint, type Terminal } from './output';
import { POST_OPTIONS } from './postOptions';
import { readSinglePost, type ReadPost } from './postReader';

/** `threadwright count`: what it accepts, for parsing and help. */
export const COUNT_COMMAND: CommandSpec = {
  name: 'count',
  summary: "Prints the length of every post of a file's threads against its platform's limit.",
  details: [
    'Text is a table; JSON is {"threads":[{"title","line","posts":[{"label","line","length","limit","fits","over"}]}]},',
    'where "over" (only on posts that do not fit) says why, as the editor does: "46 over", "754 bytes over".',
    'Exit status: 0 counted, 2 usage error or the file could not be read.',
  ].join('\n'),
  operands: '<file>',
  arity: 'one',
  options: [POST_OPTIONS.format, POST_OPTIONS.platform, POST_OPTIONS.maxSize],
};

/** One thread's counts, with 1-based lines: the JSON the `count` command prints. */
export interface ThreadCount {
  title: string;
  line: number;
  posts: { label: string; line: number; length: number; limit: number; fits: boolean; over?: string }[];
}

/** Counts every post of one file, as the status bar would show each. */
export async function runCount(args: ParsedArgs, terminal: Terminal, cwd: string): Promise<number> {
  const post = await readSinglePost('count', args, terminal, cwd);
  if (post === undefined) return 2;
  const threads = countThreads(post);
  if (args.options.get('format') === 'json') terminal.out(`${JSON.stringify({ threads })}\n`);
  else terminal.out(countTable(terminal, post.source.path, threads));
  return 0;
}

/** Every post's count and verdict, read from the same verdict the editor shows. */
export function countThreads({ text, analysis, counts }: Pick<ReadPost, 'text' | 'analysis' | 'counts'>): ThreadCount[] {
  return (analysis.model.threadsBlock?.threads ?? []).map((thread) => ({
    title: thread.title,
    line: (thread.heading?.line ?? thread.posts[0].line) + 1,
    posts: thread.posts.map((post) => {
      const measured = counts.forThread(thread).measure(post.text);
      const over = overBy(measured);
      const label = text.slice(post.label.range.start, post.label.range.end);
      return { label, line: post.line + 1, length: measured.length, limit: measured.limit, fits: measured.fits, ...(over === undefined ? {} : { over }) };
    }),
  }));
}

function countTable(terminal: Terminal, path: string, threads: ThreadCount[]): string {
  if (threads.length === 0) return `${path}: no threads (they start under a heading such as "## Twitter threads").\n`;
  const posts = threads.flatMap((thread) => thread.posts);
  const labelWidth = Math.max(4, ...posts.map((post) => post.label.length));
  const lineWidth = Math.max(4, ...posts.map((post) => String(post.line).length));
  const lengthWidth = Math.max(6, ...posts.map((post) => `${post.length}/${post.limit}`.length));
  const rows: string[] = [];
  threads.forEach((thread, index) => {
    if (index > 0) rows.push('');
    rows.push(paint(terminal, 'bold', `${path}:${thread.line}  ${thread.title || '(untitled thread)'}`));
    rows.push(paint(terminal, 'dim', `  ${'post'.padStart(labelWidth)}  ${'line'.padStart(lineWidth)}  ${'length'.padStart(lengthWidth)}`));
    for (const post of thread.posts) {
      const length = `${post.length}/${post.limit}`.padStart(lengthWidth);
      const verdict = post.over === undefined ? '' : `  ${paint(terminal, 'red', post.over)}`;
      rows.push(`  ${post.label.padStart(labelWidth)}  ${String(post.line).padStart(lineWidth)}  ${post.fits ? length : paint(terminal, 'red', length)}${verdict}`);
    }
  });
  return `${rows.join('\n')}\n`;
}
