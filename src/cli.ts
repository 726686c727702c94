import { readFileSync } from 'node:fs';
import { PlatformCounts } from './core/countCache';
import { analysePost } from './core/analysis';
import { DEFAULT_THREADS_HEADINGS } from './core/postModel';
import { LineIndex } from './core/text';

const USAGE = 'Usage: threadwright check <file.md…>';

/** Checks each file and prints its problems the way compilers do; the exit status says whether any is an error. */
function main(args: string[]): number {
  const [command, ...files] = args;
  if (command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'check' || files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      process.stderr.write(`threadwright: cannot read ${file}: ${(error as Error).message}\n`);
      status = 2;
      continue;
    }
    const lines = new LineIndex(text);
    for (const problem of analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, new PlatformCounts(['x'])).problems) {
      const at = lines.positionAt(problem.range.start);
      process.stdout.write(`${file}:${at.line + 1}:${at.column + 1}  ${problem.severity}  ${problem.code}  ${problem.message}\n`);
      if (problem.severity === 'error' && status === 0) status = 1;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
