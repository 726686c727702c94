import * as l10n from '@vscode/l10n';
import { plural, problemLine, summarise, type Terminal } from '../output';
import { githubReporter } from './github';
import { junitReporter } from './junit';
import type { Reporter, ReportedFile } from './reporter';
import { sarifReporter } from './sarif';

/** The output formats of `check`: for people (`text`), scripts (`json`) and CI systems (the rest). */
export const CHECK_FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The reporter for a format; only `text` adds a summary line, on standard error, unless `--quiet`. */
export function reporterFor(format: CheckFormat, terminal: Terminal, cwd: string, quiet: boolean): Reporter {
  switch (format) {
    case 'json':
      return jsonReporter(terminal);
    case 'sarif':
      return sarifReporter(terminal, cwd);
    case 'github':
      return githubReporter(terminal);
    case 'junit':
      return junitReporter(terminal);
    case 'text':
      return textReporter(terminal, quiet);
  }
}

function jsonReporter(terminal: Terminal): Reporter {
  const files: ReportedFile[] = [];
  return { file: (file) => files.push(file), end: () => terminal.out(`${JSON.stringify({ files })}\n`) };
}

function textReporter(terminal: Terminal, quiet: boolean): Reporter {
  const counts = { files: 0, error: 0, warning: 0, info: 0 };
  return {
    file({ path, problems }) {
      counts.files++;
      const found = summarise(problems);
      counts.error += found.error;
      counts.warning += found.warning;
      counts.info += found.info;
      problems.forEach((problem) => terminal.out(problemLine(terminal, path, problem)));
    },
    end() {
      if (quiet || counts.files === 0) return;
      const checked = plural(counts.files, 'file');
      if (counts.error + counts.warning + counts.info === 0) {
        return terminal.err(`${counts.files === 1 ? l10n.t('No problems in 1 file.') : l10n.t('No problems in {count} files.', { count: counts.files })}\n`);
      }
      const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.info > 0 ? [`${counts.info} info`] : [])];
      terminal.err(`${parts.join(', ')} in ${checked}.\n`);
    },
  };
}
