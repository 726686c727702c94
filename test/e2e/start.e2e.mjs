// End-to-end: `npm start -- DIR` opens a folder outside the repository in a real editor that saves to disk.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../hosts/chromium.mjs';
import { codeServerScratch } from '../hosts/codeServerHost.mjs';
import { PORT_BASE, ROOT } from '../hosts/paths.mjs';
import { fileChanged, quickOpen, statusBarItemText } from './workbench.mjs';

const POST = '---\nlayout: post\ntitle: "Hello"\n---\n\n# Hello\n\n## Twitter threads:\n\n### Thread: "Hello"\n\n1/1 Hello, world.\n';

/** Resolves with the URL and password `npm start` prints, once the editor listens. */
function printedAccess(child) {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (data) => {
      output += data;
      const url = /^\s+Open\s+(\S+)$/m.exec(output);
      const password = /^\s+Password\s+(\S+)$/m.exec(output);
      if (url && password) resolve({ url: url[1], password: password[1], output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

suite('npm start on a folder of your own', function () {
  this.timeout(240_000);
  let blog;
  let child;
  let browser;

  suiteSetup(() => {
    blog = mkdtempSync(join(tmpdir(), 'threadwright-blog-'));
    mkdirSync(join(blog, '_posts'));
    writeFileSync(join(blog, '_posts', '2026-12-01-hello.md'), POST);
  });
  suiteTeardown(async () => {
    await browser?.close();
    if (child?.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    rmSync(blog, { recursive: true, force: true });
  });

  test('opens the folder, counts its post, and Ctrl+S writes the edit to the file on disk', async () => {
    child = spawn('npm', ['start', '--', blog], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, THREADWRIGHT_PORT: String(PORT_BASE + 4), THREADWRIGHT_PROFILE: codeServerScratch() },
    });
    const { url, password, output } = await printedAccess(child);
    assert.match(output, new RegExp(`with ${blog.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} open; edits are saved to disk`));

    browser = await launchChromium();
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(url);
    await page.locator('input[type="password"]').fill(password);
    await page.keyboard.press('Enter');
    await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    await quickOpen(page, '2026-12-01-hello.md');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    const saved = fileChanged(join(blog, '_posts', '2026-12-01-hello.md'), (text) => text.includes('Hello, world. Saved.'));
    await page.keyboard.type(' Saved.');
    assert.match(await statusBarItemText(page, 'threadwright.postLength', /1\/1 · 2\d\/280/), /^1\/1 · 24\/280$/);
    await page.keyboard.press('Control+S');
    assert.equal(await saved, POST.replace('Hello, world.', 'Hello, world. Saved.'));
  });
});
