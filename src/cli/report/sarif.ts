import { isAbsolute, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { version } from '../../../package.json';
import { PROBLEM_CODES, problemDocsUrl } from '../../core/checks/problemCodes';
import type { Severity } from '../../core/post/problem';
import type { Terminal } from '../output';
import type { Reporter, ReportedFile } from './reporter';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const SOURCE_ROOT = '%SRCROOT%';

/** A file as SARIF names it: relative to the working folder (which GitHub maps to the checkout), or a file URI. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: encodeURI(posix.normalize(path.replace(/\\/g, '/'))), uriBaseId: SOURCE_ROOT };
}

/**
 * `--format sarif`: a SARIF 2.1.0 log, as GitHub code scanning and other tools read it. Every code is a rule
 * (with its README section as `helpUri`); each problem is a result with its exact region, columns in UTF-16
 * code units as VS Code counts them.
 */
export function sarifReporter(terminal: Terminal, cwd: string): Reporter {
  const ruleIndex = new Map(PROBLEM_CODES.map(({ code }, index) => [code, index]));
  const results: object[] = [];
  const file = ({ path, problems }: ReportedFile) => {
    for (const problem of problems) {
      results.push({
        ruleId: problem.code,
        ruleIndex: ruleIndex.get(problem.code),
        level: LEVELS[problem.severity],
        message: { text: problem.message },
        locations: [{
          physicalLocation: {
            artifactLocation: artifactLocation(path),
            region: { startLine: problem.line, startColumn: problem.column, endLine: problem.endLine, endColumn: problem.endColumn },
          },
        }],
      });
    }
  };
  const end = () => {
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{
        tool: {
          driver: {
            name: 'Threadwright',
            version,
            informationUri: 'https://github.com/threadwright/threadwright',
            rules: PROBLEM_CODES.map(({ code, severity, summary }) => ({
              id: code,
              shortDescription: { text: summary },
              helpUri: problemDocsUrl(code),
              defaultConfiguration: { level: LEVELS[severity] },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
      }],
    };
    terminal.out(`${JSON.stringify(log)}\n`);
  };
  return { file, end };
}
