// End-to-end: in VS Code for the Web, a browser that blocks third-party cookies cannot show webviews; the writer is told why.
import * as assert from 'node:assert/strict';
import { launchChromium } from '../hosts/chromium.mjs';
import { freshWorkspace } from '../hosts/integration.mjs';
import { PORT_BASE } from '../hosts/paths.mjs';
import { startWebHost } from '../hosts/webHost.mjs';
import { runCommand } from './workbench.mjs';

suite('the thread preview in a browser that blocks third-party cookies', function () {
  this.timeout(180_000);
  let server;
  let browser;

  suiteSetup(async () => {
    server = await startWebHost({ workspace: freshWorkspace('e2e-web'), port: PORT_BASE + 5 });
    browser = await launchChromium({ blockThirdPartyCookies: true });
  });
  suiteTeardown(async () => {
    await browser?.close();
    await server?.dispose();
  });

  test('Open Thread Preview says the preview did not load and how to allow it', async () => {
    const page = browser.pages()[0] ?? (await browser.newPage());
    // Quick Open has no file search in VS Code for the Web; the URL opens the post, as `npm run start:web` does.
    const payload = [['openFile', 'vscode-test-web://mount/financial-pressures.md'], ['skipWelcome', 'true']];
    await page.goto(`${server.url}?payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.tab[aria-label*="financial-pressures.md"]').first().waitFor();
    await page.locator('.monaco-editor .view-lines').first().click();
    await runCommand(page, 'Threadwright: Open Thread Preview');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'the thread preview did not load' });
    await toast.first().waitFor({ timeout: 60_000 });
    assert.match(await toast.first().innerText(), /third-party cookies/);
  });
});
