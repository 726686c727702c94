import * as l10n from '@vscode/l10n';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { overBy } from '../core/count/platforms';
import type { CommandSpec, ParsedArgs } from './args';
import { expandOperands } from './files';
import { paint, type Terminal } from './output';
import { POST_OPTIONS, readPostFlags } from './postOptions';
import { PostReader, type ReadPost } from './postReader';

/** `threadwright count`: what it accepts, for parsing and help. */
export const COUNT_COMMAND: CommandSpec = {
  name: 'count',
  summary: "Prints the length of every post of a file's threads against its platform's limit.",
  details: [
    'Text is a table; JSON is {"threads":[{"title","line","posts":[{"label","line","length","limit","fits","over"}]}]},',
    'where "over" (only on posts that do not fit) says why, as the editor does: "46 over", "754 bytes over".',
    'Paths may be files, folders or quoted globs, as for check; for more than one file, JSON is',
    '{"files":[{"path","threads":[…]}]}.',
    'Exit status: 0 counted, 2 usage error or a file could not be read.',
  ].join('\n'),
  operands: '<files, folders or globs…>',
  arity: 'many',
  options: [POST_OPTIONS.format, POST_OPTIONS.platform, POST_OPTIONS.maxSize],
};

/** One thread's counts, with 1-based lines: the JSON the `count` command prints. */
export interface ThreadCount {
  title: string;
  line: number;
  posts: { label: string; line: number; length: number; limit: number; fits: boolean; over?: string }[];
}

/** Counts every post of the files the operands name, as the status bar would show each. */
export async function runCount(args: ParsedArgs, terminal: Terminal, cwd: string): Promise<number> {
  const flags = readPostFlags(args, cwd);
  const { sources, failures } = expandOperands(args.operands, cwd);
  failures.forEach((failure) => terminal.err(`threadwright: ${failure}\n`));
  const reader = new PostReader(terminal, cwd, flags);
  const files: { path: string; threads: ThreadCount[] }[] = [];
  let status = failures.length > 0 ? 2 : 0;
  let tables = 0;
  const json = args.options.get('format') === 'json';
  for (const source of sources) {
    const post = await reader.read(source);
    if (post === undefined) {
      status = 2;
      continue;
    }
    const threads = countThreads(post);
    if (json) files.push({ path: source.path, threads });
    else terminal.out(`${tables++ > 0 ? '\n' : ''}${countTable(terminal, source.path, threads)}`);
  }
  if (json) terminal.out(`${JSON.stringify(namesOneFile(args.operands, cwd) && files.length === 1 ? { threads: files[0].threads } : { files })}\n`);
  return status;
}

/** True when the operands are one file or `-`: JSON is then that file's threads, as it was before folders. */
function namesOneFile(operands: readonly string[], cwd: string): boolean {
  if (operands.length !== 1) return false;
  if (operands[0] === '-') return true;
  try {
    return statSync(resolve(cwd, operands[0])).isFile();
  } catch {
    return false;
  }
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
  if (threads.length === 0) return `${l10n.t('{path}: no threads (they start under a heading such as "## Twitter threads").', { path })}\n`;
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
