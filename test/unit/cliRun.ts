import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root, seen from the bundled tests in out/test/unit. */
export const ROOT = join(__dirname, '..', '..', '..');
/** The built command line, exactly as npm installs it. */
export const CLI = join(ROOT, 'dist', 'cli.js');
/** The CLI's fixtures: a folder of posts, a folder without Markdown, and folders with their own .threadwright.json. */
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');

/** What a CLI run left behind: its exit status and both streams. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a child process; standard input is empty unless given, so no run waits on a terminal. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR;
  if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? '', env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The example post as the CLI is given it, relative to the repository root. */
export const EXAMPLE_PATH = 'examples/financial-pressures.md';
