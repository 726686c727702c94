import type { Problem, ProblemCode, Severity } from '../core/post/problem';
import { LineIndex } from '../core/post/text';
import { localisedMessage } from './l10n';

/** Where the CLI writes: results to stdout, messages to stderr; colour only when stdout is a terminal. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  colour: boolean;
  /** True when standard error is a terminal a person watches: progress lines are drawn only there. */
  interactive: boolean;
}

/**
 * The process's terminal. Colour follows the usual conventions: on when stdout is a TTY, off when
 * `NO_COLOR` is set, forced on by a non-zero `FORCE_COLOR` (for CI logs that render it).
 */
export function processTerminal(): Terminal {
  const env = process.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0';
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    colour: forced || (process.stdout.isTTY === true && (env.NO_COLOR ?? '') === ''),
    interactive: process.stderr.isTTY === true,
  };
}

const STYLES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 } as const;

/** Wraps text in an ANSI style when the terminal shows colour, and leaves it plain otherwise. */
export function paint(terminal: Terminal, style: keyof typeof STYLES, text: string): string {
  return terminal.colour ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text;
}

const SEVERITY_STYLES: Record<Severity, keyof typeof STYLES> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** A problem with 1-based lines and columns (UTF-16 code units, as editors count); the end is just past its last character. */
export interface LocatedProblem {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: ProblemCode;
  message: string;
}

/** Turns the core's offsets into the lines and columns people and tools read. */
export function locateProblems(text: string, problems: readonly Problem[]): LocatedProblem[] {
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const start = lines.positionAt(problem.range.start);
    const end = lines.positionAt(problem.range.end);
    return {
      line: start.line + 1,
      column: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
      severity: problem.severity,
      code: problem.code,
      message: localisedMessage(problem),
    };
  });
}

/** One problem as compilers print it: `path:line:column  severity  code  message`. */
export function problemLine(terminal: Terminal, path: string, problem: LocatedProblem): string {
  const where = paint(terminal, 'bold', `${path}:${problem.line}:${problem.column}`);
  return `${where}  ${paint(terminal, SEVERITY_STYLES[problem.severity], problem.severity)}  ${paint(terminal, 'dim', problem.code)}  ${problem.message}\n`;
}

/** Counts problems by severity, for the summary line. */
export function summarise(problems: readonly LocatedProblem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

/** `1 error`, `2 warnings`: counted nouns for messages. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
