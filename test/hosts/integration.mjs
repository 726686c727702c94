// Runs the one integration suite inside a real VS Code host, headless in Chromium, and tallies its results.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** The workspace file of a multi-root workspace, beside its folders. */
export const WORKSPACE_FILE = 'threadwright.code-workspace';

/**
 * A multi-root workspace: a fresh copy of examples/ as its first folder (the one the suite's tests read), then each
 * folder of test/fixtures/schema-folders/, each with its own .threadwright.json. It is opened through a
 * .code-workspace file from the start, the way a writer opens one.
 */
export function freshMultiRootWorkspace(name) {
  const root = mkdtempSync(join(tmpdir(), `threadwright-workspace-${name}-`));
  cpSync(join(ROOT, 'examples'), join(root, 'examples'), { recursive: true });
  const schemaFolders = join(ROOT, 'test', 'fixtures', 'schema-folders');
  const extra = readdirSync(schemaFolders, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  for (const folder of extra) cpSync(join(schemaFolders, folder), join(root, folder), { recursive: true });
  writeFileSync(join(root, WORKSPACE_FILE), `${JSON.stringify({ folders: ['examples', ...extra].map((path) => ({ path })) }, null, 2)}\n`);
  return { root, workspaceFile: join(root, WORKSPACE_FILE) };
}

/** The suite in VS Code for the Web's web worker extension host. */
export async function runWebSuite({ port = PORT_BASE + 1 } = {}) {
  const { root: workspace } = freshMultiRootWorkspace('web');
  const server = await startWebHost({ workspace, port, extensionTestsPath: join(ROOT, 'out/test/integration/web/index') });
  const browser = await launchChromium();
  try {
    // The mounted folder holds the workspace file; opening it makes every folder in it a workspace folder.
    const url = `${server.url}?workspace=${encodeURIComponent(`vscode-test-web://mount/${WORKSPACE_FILE}`)}`;
    return tallyFromLines(await runTestsInPage(browser, url, { label: 'web worker host' }));
  } finally {
    await browser.close();
    await server.dispose();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** The same suite in code-server's Node extension host, the one desktop users run. */
export async function runNodeSuite({ port = PORT_BASE + 2 } = {}) {
  const { root: workspace, workspaceFile } = freshMultiRootWorkspace('node');
  const server = await startCodeServer({ workspace: workspaceFile, port });
  const browser = await launchChromium();
  try {
    const url = testPayloadUrl(server, workspaceFile, join(ROOT, 'out/test/integration/node/index.js'));
    return tallyFromLines(await runTestsInPage(browser, url, { label: 'node host' }));
  } finally {
    await browser.close();
    server.dispose();
    rmSync(workspace, { recursive: true, force: true });
  }
}
