import { version } from '../../package.json';
import { alignedRows, commandHelp, parseArgs, usageLine, UsageError, type CommandSpec, type ParsedArgs } from './args';
import { CHECK_COMMAND, runCheck } from './check';
import { COUNT_COMMAND, runCount } from './count';
import { PUBLISH_COMMAND, runPublish } from './publish';
import { runThread, THREAD_COMMAND } from './thread';
import type { Terminal } from './output';

interface Command {
  spec: CommandSpec;
  run(args: ParsedArgs, terminal: Terminal, cwd: string): Promise<number>;
}

/** Every command, in the order help lists them: a new command is one more row here. */
const COMMANDS: Command[] = [
  { spec: CHECK_COMMAND, run: runCheck },
  { spec: COUNT_COMMAND, run: runCount },
  { spec: THREAD_COMMAND, run: runThread },
  { spec: PUBLISH_COMMAND, run: runPublish },
];

const GENERAL_HELP = [
  'Usage: threadwright <command> [options] <paths…>',
  '',
  'Checks the threads and front matter of Markdown blog posts, as the Threadwright extension does.',
  '',
  'Commands:',
  ...alignedRows(COMMANDS.map(({ spec }) => [spec.name, spec.summary] as const)),
  '',
  'Run threadwright <command> --help for its options. Settings come from the nearest .threadwright.json.',
  '',
  ...alignedRows([['-h, --help', 'Show this help.'], ['-v, --version', 'Show the version.'], ['--locale L', 'Language of messages (default: LC_ALL, LC_MESSAGES or LANG; English unless L is ja).']]),
  '',
].join('\n');

/** Runs one command line and returns the exit status: 0 clean, 1 errors found, 2 usage error or unreadable input. */
export async function main(argv: readonly string[], terminal: Terminal, cwd: string): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const spec = COMMANDS.find((command) => command.spec.name === rest[0])?.spec;
    terminal.out(spec === undefined ? GENERAL_HELP : commandHelp(spec));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    terminal.out(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.spec.name === name);
  if (command === undefined) {
    terminal.err(name === undefined ? GENERAL_HELP : `threadwright: unknown command "${name}"; commands: ${COMMANDS.map(({ spec }) => spec.name).join(', ')}\nRun threadwright --help for usage.\n`);
    return 2;
  }
  try {
    const args = parseArgs(command.spec, rest);
    if (args.help) {
      terminal.out(commandHelp(command.spec));
      return 0;
    }
    return await command.run(args, terminal, cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    terminal.err(`threadwright: ${error.message}\n${usageLine(command.spec)}\nRun threadwright ${command.spec.name} --help for the options.\n`);
    return 2;
  }
}
