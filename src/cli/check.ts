import type { CommandSpec, ParsedArgs } from './args';
import { expandOperands } from './files';
import { locateProblems, plural, problemLine, summarise, type LocatedProblem, type Terminal } from './output';
import { POST_OPTIONS, readPostFlags } from './postOptions';
import { PostReader } from './postReader';

/** `threadwright check`: what it accepts, for parsing and help. */
export const CHECK_COMMAND: CommandSpec = {
  name: 'check',
  summary: 'Checks Markdown posts and prints every problem the extension shows.',
  details: [
    'Text output is one problem a line: path:line:column  severity  code  message.',
    'Paths may be files, folders (every .md and .markdown file under them) or quoted globs',
    "('posts/**/*.md'); - reads standard input.",
    'Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or a file not checked.',
  ].join('\n'),
  operands: '<paths or globs…>',
  arity: 'many',
  options: [
    POST_OPTIONS.format,
    POST_OPTIONS.platform,
    POST_OPTIONS.preset,
    POST_OPTIONS.schema,
    { name: 'quiet', short: 'q', description: 'Report errors only.' },
    POST_OPTIONS.maxSize,
  ],
};

/** Checks every post the operands name; the exit status says whether any has an error or could not be checked. */
export async function runCheck(args: ParsedArgs, terminal: Terminal, cwd: string): Promise<number> {
  const flags = readPostFlags(args, cwd);
  const json = args.options.get('format') === 'json';
  const quiet = args.options.has('quiet');
  const { sources, failures } = expandOperands(args.operands, cwd);
  failures.forEach((failure) => terminal.err(`threadwright: ${failure}\n`));
  let status = failures.length > 0 ? 2 : 0;
  const reader = new PostReader(terminal, cwd, flags);
  const files: { path: string; problems: LocatedProblem[] }[] = [];
  for (const source of sources) {
    const post = await reader.read(source);
    if (post === undefined) {
      status = 2;
      continue;
    }
    const problems = locateProblems(post.text, post.analysis.problems).filter((problem) => !quiet || problem.severity === 'error');
    if (problems.some((problem) => problem.severity === 'error')) status = Math.max(status, 1);
    files.push({ path: source.path, problems });
    if (!json) problems.forEach((problem) => terminal.out(problemLine(terminal, source.path, problem)));
  }
  if (json) terminal.out(`${JSON.stringify({ files })}\n`);
  else if (!quiet && files.length > 0) terminal.err(summaryLine(files));
  return status;
}

function summaryLine(files: { problems: LocatedProblem[] }[]): string {
  const counts = summarise(files.flatMap((file) => file.problems));
  const checked = plural(files.length, 'file');
  if (counts.error + counts.warning + counts.info === 0) return `No problems in ${checked}.\n`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.info > 0 ? [`${counts.info} info`] : [])];
  return `${parts.join(', ')} in ${checked}.\n`;
}
