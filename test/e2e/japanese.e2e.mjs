// End-to-end: the packaged extension in a workbench started in Japanese (`--locale ja`), as a Japanese writer sees it.
import * as assert from 'node:assert/strict';
import { goToLine, openWorkbench, packageVsix, quickOpen, runCommand } from './workbench.mjs';
import { PORT_BASE } from '../hosts/paths.mjs';

suite('the packaged extension in a workbench started in Japanese', function () {
  this.timeout(480_000);
  let workbench;

  suiteSetup(async () => {
    workbench = await openWorkbench(packageVsix(), { port: PORT_BASE + 6, locale: 'ja' });
  });
  suiteTeardown(async () => workbench?.dispose());

  test('the Command Palette lists Threadwright: 投稿の長さを表示, which opens the quick pick 投稿の長さ; Problems says the post is over in Japanese', async () => {
    const { page } = workbench;
    await quickOpen(page, 'financial-pressures.md');
    await runCommand(page, 'Threadwright: 投稿の長さを表示');
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: '投稿の長さ' }).waitFor();
    assert.equal((await title.innerText()).trim(), '投稿の長さ');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '8/10 · 326/280' }).first().waitFor();
    await page.keyboard.press('Escape');
    await goToLine(page, 127);
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: '投稿 8/10' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /「Bitcoin Mining Crisis…」の投稿 8\/10 は 326\/280 です: 46 超過/);
  });
});
