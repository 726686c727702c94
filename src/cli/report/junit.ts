import type { Terminal } from '../output';
import type { Reporter, ReportedFile } from './reporter';

/** Text as XML 1.0 allows it in attributes and elements: markup escaped, characters XML cannot hold dropped. */
function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * `--format junit`: JUnit XML, as GitLab, Jenkins and most CI servers show test results. Each file is a
 * test suite; each problem a failed test case named by its position and code, and a clean file one
 * passing test case, so the report lists every file checked.
 */
export function junitReporter(terminal: Terminal): Reporter {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  const file = ({ path, problems }: ReportedFile) => {
    const cases = problems.length === 0
      ? [`    <testcase classname="${xml(path)}" name="${xml(path)}"/>`]
      : problems.map((problem) => {
        const where = `${path}:${problem.line}:${problem.column}`;
        return [
          `    <testcase classname="${xml(path)}" name="${xml(`${problem.line}:${problem.column} ${problem.code}`)}">`,
          `      <failure type="${xml(problem.severity)}" message="${xml(problem.message)}">${xml(`${where}  ${problem.severity}  ${problem.code}  ${problem.message}`)}</failure>`,
          '    </testcase>',
        ].join('\n');
      });
    tests += cases.length;
    failures += problems.length;
    suites.push(`  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${problems.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  };
  const end = () => {
    terminal.out([
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="threadwright" tests="${tests}" failures="${failures}" errors="0">`,
      ...suites,
      '</testsuites>',
      '',
    ].join('\n'));
  };
  return { file, end };
}
