import type { Severity } from '../../core/post/problem';
import type { Reporter } from './reporter';
import type { Terminal } from '../output';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: `%`, CR and LF escaped, as the runner decodes them. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `--format github`: one GitHub Actions workflow command a problem
 * (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`), which the runner shows as an
 * annotation on the file and line in the pull request.
 */
export function githubReporter(terminal: Terminal): Reporter {
  return {
    file({ path, problems }) {
      for (const problem of problems) {
        const properties = [
          `file=${escapeProperty(path)}`,
          `line=${problem.line}`,
          `col=${problem.column}`,
          `endLine=${problem.endLine}`,
          `endColumn=${problem.endColumn}`,
          `title=${escapeProperty(`threadwright ${problem.code}`)}`,
        ];
        terminal.out(`::${COMMANDS[problem.severity]} ${properties.join(',')}::${escapeData(problem.message)}\n`);
      }
    },
    end() {},
  };
}
