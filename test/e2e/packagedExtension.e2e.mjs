// End-to-end: the packaged extension installed into code-server, used through the workbench like a person would.
import * as assert from 'node:assert/strict';
import {
  goToLine, openWorkbench, packageVsix, quickOpen, quickPickRows, runCommand, showProblemsOfPost8, statusBarItemText, waitForStatusBarItem,
} from './workbench.mjs';

suite('the packaged extension in the real workbench', function () {
  this.timeout(180_000);
  let workbench;

  suiteSetup(async () => {
    workbench = await openWorkbench(packageVsix());
  });
  suiteTeardown(async () => workbench?.dispose());

  test('opening the example post with Ctrl+P shows its over-length post in the Problems count', async () => {
    await quickOpen(workbench.page, 'financial-pressures.md');
    const problems = await waitForStatusBarItem(workbench.page, /problems|errors/i, /[1-9]/);
    assert.match(problems.label, /Errors: 1\b/);
  });

  test('with the cursor in post 8/10 the status bar reads 8/10 · 326/280 · 46 over', async () => {
    await goToLine(workbench.page, 127);
    const text = await statusBarItemText(workbench.page, 'threadwright.postLength', /8\/10/);
    assert.match(text, /8\/10 · 326\/280 · 46 over$/);
    await goToLine(workbench.page, 113);
    assert.match(await statusBarItemText(workbench.page, 'threadwright.postLength', /1\/10/), /1\/10 · 179\/280$/);
  });

  test('the inline count of 8/10 sits right after its label, in view left of the minimap', async () => {
    const { page } = workbench;
    await goToLine(page, 127);
    const line = page.locator('.monaco-editor .view-line', { hasText: 'Koii Network exemplifies' }).first();
    await line.waitFor();
    const hint = await line.locator('span').evaluateAll((spans) => {
      const minimap = document.querySelector('.monaco-editor .minimap')?.getBoundingClientRect().left ?? Infinity;
      for (const span of spans) {
        const content = getComputedStyle(span, '::after').content;
        if (content.includes('326/280')) return { content, right: span.getBoundingClientRect().right, minimap, before: span.parentElement?.textContent?.indexOf('Koii') };
      }
      return undefined;
    });
    assert.ok(hint, 'a decoration after the label shows the count');
    assert.equal(hint.content, '"· 326/280 · 46 over"');
    assert.ok(hint.right < hint.minimap, JSON.stringify(hint));
  });

  test('the Problems panel lists the over-length post', async () => {
    const { page } = workbench;
    await showProblemsOfPost8(page);
    await page.keyboard.press('Control+Shift+M');
  });

  test('Threadwright: Show Post Lengths lists post 8/10 at 326/280, and typing 276/280 finds the last post of thread 3', async () => {
    await runCommand(workbench.page, 'Threadwright: Show Post Lengths');
    const rows = await quickPickRows(workbench.page, '/10 ·');
    assert.ok(rows.some((row) => row.includes('8/10 · 326/280')), rows.join('\n'));
    await workbench.page.locator('.quick-input-widget input').fill('276/280');
    const filtered = await quickPickRows(workbench.page, '276/280');
    assert.equal(filtered.length, 1);
    assert.match(filtered[0], /10\/10 · 276\/280.*The Evolving Crypto Mining Landscape/s);
    await workbench.page.keyboard.press('Escape');
  });
});
