// Runs code-server (VS Code's Node extension host behind a browser workbench) on loopback.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, NODE24, ROOT } from './paths.mjs';
import { ensureCodeServer } from './install.mjs';

function scratchEnvironment(scratch) {
  return { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data'), TMPDIR: scratch };
}

/** A fresh folder for one code-server run: its user data, extensions and temp files. */
export function codeServerScratch() {
  mkdirSync(CACHE, { recursive: true });
  return mkdtempSync(join(CACHE, 'code-server-run-'));
}

/** Installs a .vsix into a scratch folder's extensions, the way a user installs the packaged extension. */
export function installVsix(scratch, vsix) {
  execFileSync(NODE24, [ensureCodeServer(), '--extensions-dir', join(scratch, 'extensions'), '--install-extension', vsix, '--force'],
    { env: scratchEnvironment(scratch), stdio: 'pipe' });
}

/** A writer's plain workbench, written once into a scratch folder's user settings: no welcome page, no chat side bar. */
export function writePlainUserSettings(scratch) {
  const folder = join(scratch, 'user-data', 'User');
  if (existsSync(join(folder, 'settings.json'))) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.disableAIFeatures': true,
  }, null, 2));
}

/**
 * Starts code-server on `port` for `workspace`; resolves once it listens. Test runs drive it through the smoke-test
 * driver with no sign-in; a writer's editor (`password` given) asks for the password and has no test hooks. `locale`
 * sets the display language (see displayLanguage.mjs).
 */
export async function startCodeServer({ workspace, port, scratch = codeServerScratch(), password, locale }) {
  const entry = ensureCodeServer();
  const mode = password === undefined ? ['--auth', 'none', '--vscode-option', 'enable-smoke-test-driver'] : ['--auth', 'password'];
  const child = spawn(NODE24, [entry, ...mode, '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-getting-started-override', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'user-data'),
    '--extensions-dir', join(scratch, 'extensions'), ...(locale === undefined ? [] : ['--locale', locale]), workspace],
  { env: { ...scratchEnvironment(scratch), ...(password === undefined ? {} : { PASSWORD: password }) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start:\n${output}`)), 60_000);
    const onData = (data) => {
      output += data;
      if (output.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${output}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    remote: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    dispose: () => child.kill(),
  };
}

/**
 * The workbench URL that makes code-server run a test suite from this repository in its Node extension host, on a
 * folder or on a `.code-workspace` file.
 */
export function testPayloadUrl(server, workspace, extensionTestsPath) {
  const payload = [
    ['extensionDevelopmentPath', server.remote(ROOT.replace(/\/$/, ''))],
    ['extensionTestsPath', server.remote(extensionTestsPath)],
    ['skipWelcome', 'true'],
  ];
  const opens = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  return `${server.origin}/?${opens}=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
