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

/** Reads argv against a command's spec, so every command handles options, `--` and `-` alike. */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const operands: string[] = [];
  let onlyOperands = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { options, operands, help: true };
    const [written, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const option = spec.options.find((candidate) => `--${candidate.name}` === written || (candidate.short !== undefined && `-${candidate.short}` === written));
    if (option === undefined) throw new UsageError(`unknown option ${written} for ${spec.name}`);
    if (option.valueName === undefined) {
      if (inlineValue !== undefined) throw new UsageError(`--${option.name} takes no value`);
      options.set(option.name, true);
      continue;
    }
    const value = inlineValue ?? argv[++index];
    if (value === undefined || (inlineValue === undefined && value.startsWith('-') && value !== '-')) {
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

/** A command's `--help` text, generated from its spec so help never disagrees with parsing. */
export function commandHelp(spec: CommandSpec): string {
  const rows = [...spec.options, { name: 'help', short: 'h', description: 'Show this help.' } as OptionSpec].map((option) => {
    const names = `${option.short === undefined ? '    ' : `-${option.short}, `}--${option.name}${option.valueName === undefined ? '' : ` ${option.valueName}`}`;
    return [names, option.description] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length));
  return [
    usageLine(spec),
    '',
    spec.summary,
    spec.details,
    '',
    'Options:',
    ...rows.map(([names, description]) => `  ${names.padEnd(width)}  ${description}`),
    '',
  ].join('\n');
}
