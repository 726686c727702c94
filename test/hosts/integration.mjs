// Runs the one integration suite inside a real VS Code host, headless in Chromium, and tallies its results.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, runTestsInPage, tallyFromLines } from './chromium.mjs';
import { startCodeServer, testPayloadUrl } from './codeServerHost.mjs';
import { PORT_BASE, ROOT } from './paths.mjs';
import { startWebHost } from './webHost.mjs';

/**
 * A fresh copy of examples/, so tests that save files never touch the repository; outside the checkout, so
 * the repository's .gitignore (which leaves .vscode-test/ out) does not govern it.
 */
export function freshWorkspace(name) {
  const workspace = mkdtempSync(join(tmpdir(), `threadwright-workspace-${name}-`));
  cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
  return workspace;
}

/** The suite in VS Code for the Web's web worker extension host. */
export async function runWebSuite({ port = PORT_BASE + 1 } = {}) {
  const workspace = freshWorkspace('web');
  const server = await startWebHost({ workspace, port, extensionTestsPath: join(ROOT, 'out/test/integration/web/index') });
  const browser = await launchChromium();
  try {
    return tallyFromLines(await runTestsInPage(browser, server.url, { label: 'web worker host' }));
  } finally {
    await browser.close();
    await server.dispose();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** The same suite in code-server's Node extension host, the one desktop users run. */
export async function runNodeSuite({ port = PORT_BASE + 2 } = {}) {
  const workspace = freshWorkspace('node');
  const server = await startCodeServer({ workspace, port });
  const browser = await launchChromium();
  try {
    const url = testPayloadUrl(server, workspace, join(ROOT, 'out/test/integration/node/index.js'));
    return tallyFromLines(await runTestsInPage(browser, url, { label: 'node host' }));
  } finally {
    await browser.close();
    server.dispose();
    rmSync(workspace, { recursive: true, force: true });
  }
}
