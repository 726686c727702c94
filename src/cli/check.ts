import { UsageError, type CommandSpec, type ParsedArgs } from './args';
import { checkAll } from './checkRunner';
import { expandOperands } from './files';
import type { Terminal } from './output';
import { POST_OPTIONS, readPostFlags } from './postOptions';
import { progressLine } from './progress';
import { CHECK_FORMATS, reporterFor, type CheckFormat } from './report/formats';

/** `threadwright check`: what it accepts, for parsing and help. */
export const CHECK_COMMAND: CommandSpec = {
  name: 'check',
  summary: 'Checks Markdown posts and prints every problem the extension shows.',
  details: [
    'Text output is one problem a line: path:line:column  severity  code  message.',
    'Paths may be files, folders (every .md and .markdown file under them) or quoted globs',
    "('posts/**/*.md', '{2023,2024}-*.md'); '!pattern' leaves files out; - reads standard input.",
    'Files that .gitignore or "ignores" in .threadwright.json exclude are left out.',
    'Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or a file not checked.',
  ].join('\n'),
  operands: '<paths or globs…>',
  arity: 'many',
  options: [
    { ...POST_OPTIONS.format, valueName: CHECK_FORMATS.join('|'), choices: CHECK_FORMATS },
    POST_OPTIONS.platform,
    POST_OPTIONS.preset,
    POST_OPTIONS.schema,
    { name: 'quiet', short: 'q', description: 'Report errors only.' },
    { name: 'fix', description: 'Make the fixes Fix All makes in the editor, in place, and report what is left.' },
    { name: 'dry-run', description: 'With --fix: print the fixes as a unified diff and change no file.' },
    { name: 'no-gitignore', description: 'Check files that .gitignore excludes too.' },
    POST_OPTIONS.maxSize,
  ],
};

/** Checks every post the operands name; the exit status says whether any has an error or could not be checked. */
export async function runCheck(args: ParsedArgs, terminal: Terminal, cwd: string): Promise<number> {
  const flags = readPostFlags(args, cwd);
  const format = (args.options.get('format') ?? 'text') as CheckFormat;
  const job = { quiet: args.options.has('quiet'), fix: args.options.has('fix'), dryRun: args.options.has('dry-run') };
  if (job.dryRun && !job.fix) throw new UsageError('--dry-run goes with --fix: threadwright check --fix --dry-run <paths…>');
  if (job.fix && !job.dryRun && args.operands.includes('-')) throw new UsageError('--fix cannot write standard input back; use --fix --dry-run to see the diff');
  const { sources, failures } = expandOperands(args.operands, cwd, { gitignore: !args.options.has('no-gitignore') });
  failures.forEach((failure) => terminal.err(`threadwright: ${failure}\n`));
  let status = failures.length > 0 ? 2 : 0;
  const reporter = reporterFor(format, terminal, cwd, job.quiet);
  const progress = progressLine(terminal, sources.length, format === 'text');
  const printedMessages = new Set<string>();
  let checked = 0;
  for await (const outcome of checkAll(sources, { cwd, flags, job })) {
    progress.clear();
    // Workers each report a shared project file's problems once; show them once in all.
    for (const message of outcome.messages) {
      if (!printedMessages.has(message)) terminal.err(message);
      printedMessages.add(message);
    }
    if (outcome.fixed.length > 0 && !job.dryRun) terminal.err(`threadwright: ${outcome.path}: fixed: ${outcome.fixed.join('; ')}\n`);
    if (outcome.diff !== undefined) terminal.out(outcome.diff);
    if (outcome.problems === undefined) status = 2;
    else {
      if (outcome.problems.some((problem) => problem.severity === 'error')) status = Math.max(status, 1);
      if (!job.dryRun) reporter.file({ path: outcome.path, problems: outcome.problems });
    }
    progress.update(++checked);
  }
  progress.clear();
  if (!job.dryRun) reporter.end();
  return status;
}
