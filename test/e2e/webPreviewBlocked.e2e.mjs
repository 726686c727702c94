// End-to-end: in VS Code for the Web, a browser that blocks third-party cookies cannot show webviews; the writer is told why.
import * as assert from 'node:assert/strict';
import { launchChromium } from '../hosts/chromium.mjs';
import { freshWorkspace } from '../hosts/integration.mjs';
import { PORT_BASE } from '../hosts/paths.mjs';
import { startWebHost } from '../hosts/webHost.mjs';
import { quickOpen, runCommand } from './workbench.mjs';

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
    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await quickOpen(page, 'financial-pressures.md');
    await runCommand(page, 'Threadwright: Open Thread Preview');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: 'the thread preview did not load' });
    await toast.first().waitFor({ timeout: 60_000 });
    assert.match(await toast.first().innerText(), /third-party cookies/);
  });
});
