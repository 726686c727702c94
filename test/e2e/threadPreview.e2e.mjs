// End-to-end: the thread preview opened with its keybinding, read from inside its webview frame.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../hosts/paths.mjs';
import { goToLine, inlineCountOnLine, openWorkbench, packageVsix, previewFrame, quickOpen, quickPickRows, runCommand, statusBarItemText } from './workbench.mjs';

const HOSTILE_TEXT = [
  '1/2 <script>document.title = "pwned"</script> and <img src=x onerror="document.title = \'pwned\'">',
  '2/2 [click me](javascript:document.title=\'pwned\') javascript:alert(1) <b onclick="alert(1)">bold</b>',
];
const HOSTILE_POST = `# Hostile\n\n## Twitter threads:\n\n### Thread: "<i>Title</i>"\n\n${HOSTILE_TEXT.join('\n\n')}\n`;
/** 150 family emoji: 154 graphemes, 3,754 bytes, over Bluesky's 3,000-byte cap though under its 300 graphemes. */
const FAMILY_POST = `# Family\n\n## Twitter threads\n\n### Bluesky thread: "Family"\n\n1/1 ${'👩‍👩‍👧‍👦'.repeat(150)}\n`;
const EXAMPLE_LINES = readFileSync(join(ROOT, 'examples', 'financial-pressures.md'), 'utf8').split('\n');
/** The 1-based line of each post label of the example post, in document order. */
const LABEL_LINES = EXAMPLE_LINES.flatMap((text, index) => (/^\d+\/\d+ /.test(text) && index > 100 ? [index + 1] : []));

suite('the thread preview in the real workbench', function () {
  this.timeout(240_000);
  let workbench;

  suiteSetup(async () => {
    workbench = await openWorkbench(packageVsix());
    writeFileSync(join(workbench.workspace, 'hostile.md'), HOSTILE_POST);
    writeFileSync(join(workbench.workspace, 'family.md'), FAMILY_POST);
    writeFileSync(join(workbench.workspace, 'plain.md'), '# Just a post\n\nNo threads here.\n');
    workbench.page.on('dialog', (dialog) => {
      workbench.dialogs = (workbench.dialogs ?? 0) + 1;
      void dialog.dismiss();
    });
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') await workbench.page.screenshot({ path: join(ROOT, '.vscode-test', 'e2e-failure.png') });
  });
  suiteTeardown(async () => workbench?.dispose());

  test('Ctrl+K T opens the preview beside the example post with 28 cards; 8/10 shows 326/280 and its overflow in red', async () => {
    const { page } = workbench;
    await quickOpen(page, 'financial-pressures.md');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('T');
    const frame = await previewFrame(page);
    await frame.locator('.post-card').nth(27).waitFor();
    assert.equal(await frame.locator('.post-card').count(), 28);
    const card = frame.locator('.post-card[data-label="8/10"]').first();
    assert.equal((await card.locator('.post-count').innerText()).trim(), '326/280');
    const lastBullet = readFileSync(join(ROOT, 'examples', 'financial-pressures.md'), 'utf8').split('\n')[130];
    assert.equal(await card.locator('.is-overflow').allInnerTexts().then((parts) => parts.join('')), lastBullet.slice(-46));
    assert.equal(await card.locator('.post-text').evaluate((text) => text.textContent), EXAMPLE_LINES.slice(126, 131).join('\n'), 'the card shows the post with its line breaks');
    const summaries = await frame.locator('.thread-summary').allInnerTexts();
    assert.deepEqual(summaries.map((summary) => summary.split(' · ')[0]), ['10 posts', '8 posts', '10 posts']);
    const publish = await frame.locator('.thread-header .action-publish-thread').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
    assert.deepEqual(publish.map((label) => label.split('" to ')[0]), EXAMPLE_LINES.filter((line) => line.startsWith('### Thread: ')).map((line) => `Publish the thread ${line.slice('### Thread: '.length).replace(/"$/, '')}`));
  });

  test('every post shows its inline count after its label, the same as its card: 8/10 · 326/280 · 46 over, the last · 276/280', async () => {
    const { page } = workbench;
    const frame = await previewFrame(page);
    const cards = await frame.locator('.post-card').evaluateAll((items) => items.map((item) =>
      [item.querySelector('.post-count').textContent, item.querySelector('.post-verdict')?.textContent].filter(Boolean).join(' · ')));
    assert.equal(LABEL_LINES.length, 28);
    await quickOpen(page, 'financial-pressures.md');
    const hints = [];
    for (const line of LABEL_LINES) hints.push(await inlineCountOnLine(page, line));
    assert.equal(hints[7], '· 326/280 · 46 over');
    assert.equal(hints[27], '· 276/280');
    assert.deepEqual(hints, cards.map((count) => `· ${count}`));
  });

  test('deleting the over-long line of 8/10 redraws its card to fit; undo brings back 326/280', async () => {
    const { page } = workbench;
    const frame = await previewFrame(page);
    const count = frame.locator('.post-card[data-label="8/10"] .post-count').first();
    await quickOpen(page, 'financial-pressures.md');
    await goToLine(page, 131);
    await page.keyboard.press('Control+Shift+K');
    await count.filter({ hasNotText: '326/280' }).waitFor();
    const [length] = (await count.innerText()).split('/').map(Number);
    assert.ok(length < 280, `${length}`);
    assert.doesNotMatch(await frame.locator('.post-card[data-label="8/10"] .post-text').first().innerText(), /90,000 node network/);
    assert.equal(await frame.locator('.thread-summary.is-over').count(), 0);
    await page.keyboard.press('Control+Z');
    await count.filter({ hasText: '326/280' }).waitFor();
  });

  test('clicking card 3/10 puts the editor cursor in that post; its Copy button says so in the status bar', async () => {
    const { page } = workbench;
    const frame = await previewFrame(page);
    const card = frame.locator('.post-card[data-label="3/10"]').first();
    await card.locator('.post-text').click();
    assert.match(await statusBarItemText(page, 'threadwright.postLength', /3\/10/), /3\/10 · 196\/280$/);
    await card.locator('.action-copy-post').click();
    await page.locator('.statusbar-item', { hasText: 'Copied post 3/10' }).first().waitFor();
  });

  test('counting for Bluesky from the platform list: cards show /300, no Post on X button; the author hint links to the settings', async () => {
    const { page } = workbench;
    const frame = await previewFrame(page);
    assert.deepEqual(await frame.locator('.platform-select optgroup').evaluateAll((groups) => groups.map((group) => group.label)),
      ['Your platforms', 'Other platforms']);
    assert.match(await frame.locator('.author-hint').innerText(), /Set your name and handle/);
    assert.equal(await frame.locator('.action-post-on-x').count(), 28);
    await frame.locator('.platform-select').selectOption('bluesky');
    await frame.locator('.post-card[data-label="8/10"] .post-count', { hasText: '/300' }).first().waitFor();
    assert.equal(await frame.locator('.action-post-on-x').count(), 0);
    assert.equal(await frame.locator('.problem-code').first().evaluate((code) => getComputedStyle(code).whiteSpace), 'nowrap');
    await frame.locator('.platform-select').selectOption('x');
    await frame.locator('.post-card[data-label="8/10"] .post-count', { hasText: '326/280' }).first().waitFor();
  });

  test('opened with the cursor in a post far down, the preview scrolls that post\'s card into view', async () => {
    const { page } = workbench;
    await page.locator('.tab', { hasText: 'Thread Preview' }).first().click({ button: 'middle' });
    await quickOpen(page, 'financial-pressures.md');
    await goToLine(page, 189);
    assert.match(await statusBarItemText(page, 'threadwright.postLength', /10\/10 · /), /10\/10 · 276\/280$/);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('T');
    const frame = await previewFrame(page, '.post-card.is-active');
    const inView = await frame.locator('.post-card.is-active').evaluate((card) => {
      const box = card.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && card.closest('.thread')?.dataset.threadIndex === '2';
    });
    assert.equal(inView, true);
  });

  test('Publish… in a thread\'s header starts Publish Thread for that thread: it asks where to publish its 8 posts', async () => {
    const { page } = workbench;
    const frame = await previewFrame(page);
    await frame.locator('.thread[data-thread-index="1"] .action-publish-thread').click();
    const rows = await quickPickRows(page, 'Bluesky');
    assert.deepEqual(rows.map((row) => row.split('\n')[0]), ['Bluesky', 'Mastodon', 'X (opens its composer post by post)']);
    assert.match(await page.locator('.quick-input-widget .quick-input-title').innerText(), /Publish 8 posts to/);
    await page.keyboard.press('Escape');
  });

  test('a Bluesky post over its byte cap: the card and the inline count both say 154/300 · 754 bytes over', async () => {
    const { page } = workbench;
    await quickOpen(page, 'family.md');
    const frame = await previewFrame(page, '.post-card[data-label="1/1"]');
    const card = frame.locator('.post-card[data-label="1/1"]');
    assert.deepEqual([await card.locator('.post-count').innerText(), await card.locator('.post-verdict').innerText()].map((text) => text.trim()), ['154/300', '754 bytes over']);
    assert.equal(await inlineCountOnLine(page, 7), '· 154/300 · 754 bytes over');
  });

  test('a post without a threads block shows the empty state and no card', async () => {
    const { page } = workbench;
    await quickOpen(page, 'plain.md');
    const frame = await previewFrame(page, '.empty-state');
    assert.match(await frame.locator('.empty-state').innerText(), /No threads yet/);
    assert.equal(await frame.locator('.post-card').count(), 0);
  });

  test('a hostile post renders as plain text: no script runs, no image loads, no javascript: link', async () => {
    const { page } = workbench;
    await quickOpen(page, 'hostile.md');
    const frame = await previewFrame(page, '.post-card[data-label="2/2"]');
    const texts = await frame.locator('.post-text').allInnerTexts();
    assert.deepEqual(texts, HOSTILE_TEXT);
    assert.equal(await frame.locator('.post-text script, .post-text img, .post-text b').count(), 0);
    const hrefs = await frame.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    assert.ok(hrefs.every((href) => !/^\s*javascript:/i.test(href)), hrefs.join(', '));
    assert.equal((await frame.locator('.thread-title').first().innerText()).trim(), '<i>Title</i>');
    assert.notEqual(await frame.evaluate(() => document.title), 'pwned');
    assert.equal(workbench.dialogs ?? 0, 0);
  });

  test('after a window reload the preview comes back with its cards', async () => {
    const { page } = workbench;
    await quickOpen(page, 'financial-pressures.md');
    await previewFrame(page, '.post-card[data-label="8/10"]');
    await page.locator('.part.sidebar .composite.title').first().click();
    await runCommand(page, 'Developer: Reload Window');
    await page.waitForEvent('load', { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const frame = await previewFrame(page, '.post-card[data-label="8/10"]', 60_000);
    assert.equal(await frame.locator('.post-card').count(), 28);
  });
});
