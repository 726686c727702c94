import { parseArgs as parseNodeArgs } from 'node:util';

/** One option of a command: a flag (`--quiet`) or an option with a value (`--format json`, `--format=json`). */
export interface OptionSpec {
  name: string;
  short?: string;
  /** The placeholder shown in help; present when the option takes a value. */
  valueName?: string;
  /** The only values accepted, when the set is closed. */
  choices?: readonly string[];
  description: string;
}

/** What a command accepts, written once and used for both parsing and `--help`. */
export interface CommandSpec {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** The rest of the command's help: output, operands, exit status. */
  details: string;
  /** The operands' placeholder in the usage line, e.g. `<paths or globs…>`. */
  operands: string;
  /** How many operands the command needs: one exactly, or at least one. */
  arity: 'one' | 'many';
  options: OptionSpec[];
}

/** The command line, read against a command's spec. */
export interface ParsedArgs {
  /** Option values by long name; flags are `true`. A repeated option keeps its last value. */
  options: Map<string, string | true>;
  operands: string[];
  /** True when `--help` was given: nothing else is checked. */
  help: boolean;
}

/** A mistake on the command line: reported on stderr with the command's usage, exit status 2. */
export class UsageError extends Error {}

const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', description: 'Show this help.' };

/**
 * Reads argv against a command's spec with Node's own `parseArgs` (so `--opt=value`, `--`, `-` and short
 * flags behave as in other Node tools), then checks what it leaves loose with messages that name the fix.
 */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const known = [...spec.options, HELP_OPTION];
  const config = Object.fromEntries(known.map((option) => [option.name, {
    type: option.valueName === undefined ? ('boolean' as const) : ('string' as const),
    ...(option.short === undefined ? {} : { short: option.short }),
  }]));
  const { tokens } = parseNodeArgs({ args: [...argv], options: config, allowPositionals: true, strict: false, tokens: true });
  const options = new Map<string, string | true>();
  const operands: string[] = [];
  if (tokens.some((token) => token.kind === 'option' && token.name === HELP_OPTION.name)) return { options, operands, help: true };
  for (const token of tokens) {
    if (token.kind === 'positional') operands.push(token.value);
    if (token.kind !== 'option') continue;
    const option = known.find((candidate) => candidate.name === token.name);
    if (option === undefined) throw new UsageError(`unknown option ${token.rawName} for ${spec.name}`);
    if (option.valueName === undefined) {
      if (token.inlineValue === true) throw new UsageError(`--${option.name} takes no value`);
      options.set(option.name, true);
      continue;
    }
    const value = token.value;
    if (value === undefined || (token.inlineValue !== true && value.startsWith('-') && value !== '-')) {
      throw new UsageError(`--${option.name} needs a value: --${option.name} ${option.valueName}`);
    }
    if (option.choices !== undefined && !option.choices.includes(value)) {
      throw new UsageError(`--${option.name} must be one of ${option.choices.join(', ')}; got "${value}"`);
    }
    options.set(option.name, value);
  }
  if (operands.length === 0) throw new UsageError(`${spec.name} needs ${spec.arity === 'one' ? 'a file' : 'at least one path or glob'} (use - for standard input)`);
  if (spec.arity === 'one' && operands.length > 1) throw new UsageError(`${spec.name} takes one file; got ${operands.length}`);
  return { options, operands, help: false };
}

/** The usage line of a command, for errors and help. */
export function usageLine(spec: CommandSpec): string {
  return `Usage: threadwright ${spec.name} [options] ${spec.operands}`;
}

/** Rows of two columns, the first padded to its widest cell, so help text lines up however long a name grows. */
export function alignedRows(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(...rows.map(([first]) => first.length));
  return rows.map(([first, second]) => `${indent}${first.padEnd(width)}  ${second}`);
}

/** A command's `--help` text, generated from its spec so help never disagrees with parsing. */
export function commandHelp(spec: CommandSpec): string {
  const rows = [...spec.options, HELP_OPTION].map((option) => {
    const names = `${option.short === undefined ? '    ' : `-${option.short}, `}--${option.name}${option.valueName === undefined ? '' : ` ${option.valueName}`}`;
    return [names, option.description] as const;
  });
  return [usageLine(spec), '', spec.summary, spec.details, '', 'Options:', ...alignedRows(rows), ''].join('\n');
}
