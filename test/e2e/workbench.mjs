// Drives the real workbench like a person: the packaged .vsix installed into code-server, Chromium, keys and clicks.
import { readFileSync, watch } from 'node:fs';
import { launchChromium } from '../hosts/chromium.mjs';
import { codeServerScratch, installVsix, startCodeServer, writePlainUserSettings } from '../hosts/codeServerHost.mjs';
import { listEmptyLanguagePack } from '../hosts/displayLanguage.mjs';
import { freshWorkspace } from '../hosts/integration.mjs';
import { PORT_BASE } from '../hosts/paths.mjs';
export { packageVsix } from '../hosts/vsix.mjs';

/** code-server with the .vsix installed, a fresh copy of examples/, and Chromium on its workbench; `locale` starts it in that language. */
export async function openWorkbench(vsix, { port = PORT_BASE + 3, workspace = freshWorkspace('e2e'), locale } = {}) {
  const scratch = codeServerScratch();
  installVsix(scratch, vsix);
  writePlainUserSettings(scratch);
  if (locale !== undefined) listEmptyLanguagePack(scratch, locale);
  const server = await startCodeServer({ workspace, port, scratch, locale });
  const browser = await launchChromium();
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  await page.locator('.statusbar').waitFor();
  return {
    page,
    workspace,
    async dispose() {
      await browser.close();
      server.dispose();
    },
  };
}

/** Opens a file with Ctrl+P, typing its name as a person would. */
export async function quickOpen(page, fileName) {
  // Give the workbench the keyboard (a webview may hold it), as a person clicking the side bar's title would,
  // then focus the first editor group (Ctrl+1) so the file opens there and not over the preview beside it.
  await page.locator('.part.sidebar .composite.title').first().click();
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(fileName);
  // Recently opened files show first; wait until the list has caught up with what was typed.
  // The file search can take a while on a busy machine.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor({ timeout: 120_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${fileName}"]`).first().waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

/** Runs a command from the Command Palette (F1) by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The visible rows of the open quick pick, once one of them shows `expectedText`. */
export async function quickPickRows(page, expectedText) {
  await page.locator('.quick-input-list .monaco-list-row', { hasText: expectedText }).first().waitFor();
  return page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
}

/** Waits until a status bar item (found by its accessible label) shows text matching a pattern, and returns it. */
export async function waitForStatusBarItem(page, labelPattern, textPattern, timeout = 90_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const items = await page.locator('.statusbar-item').evaluateAll((elements) =>
      elements.map((element) => ({ label: element.getAttribute('aria-label') ?? '', text: element.textContent ?? '' })));
    const found = items.find((item) => labelPattern.test(item.label) && textPattern.test(item.text));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No status bar item matched; saw ${JSON.stringify(items.map((i) => i.label))}`);
    await page.waitForTimeout(200);
  }
}

/** Moves the cursor to a line with Ctrl+G, as a person would. */
export async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
}

/** The text of one of Threadwright's status bar items, by its id, once it matches a pattern. */
export async function statusBarItemText(page, id, pattern, timeout = 90_000) {
  const item = page.locator(`[id="threadwright.threadwright.${id}"]`);
  await item.filter({ hasText: pattern }).waitFor({ timeout });
  return (await item.innerText()).trim();
}

/** The webview frame that holds the thread preview's cards, once it has drawn `selector`. */
export async function previewFrame(page, selector = '.post-card', timeout = 90_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`No webview frame shows ${selector}`);
    await page.waitForTimeout(250);
  }
}

/** Puts the cursor in the example post's over-long post 8/10 and opens the Problems panel on its error. */
export async function showProblemsOfPost8(page) {
  await goToLine(page, 127);
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: /Post 8\/10 .*is 326\/280: 46 over/ }).first().waitFor();
}

/** Resolves once a file's text satisfies `accept`, woken by the file system's change events. */
export function fileChanged(path, accept) {
  return new Promise((resolve) => {
    const watcher = watch(path, () => {
      const text = readFileSync(path, 'utf8');
      if (accept(text)) {
        watcher.close();
        resolve(text);
      }
    });
  });
}

/**
 * The inline count Threadwright draws after the label on a line (1-based) of the active editor, e.g. `· 326/280 · 46 over`,
 * read as a person sees it: the CSS `::after` content of the decoration on that line, once it is drawn.
 */
export async function inlineCountOnLine(page, line, timeout = 60_000) {
  await goToLine(page, line);
  const editor = page.locator('.part.editor .editor-group-container.active .monaco-editor').first();
  const deadline = Date.now() + timeout;
  for (;;) {
    const content = await editor.evaluate((root, lineNumber) => {
      const number = [...root.querySelectorAll('.margin-view-overlays .line-numbers')].find((element) => element.textContent.trim() === String(lineNumber));
      if (number === undefined) return undefined;
      const top = number.getBoundingClientRect().top;
      const viewLine = [...root.querySelectorAll('.view-lines .view-line')].find((element) => Math.abs(element.getBoundingClientRect().top - top) < 2);
      for (const span of viewLine?.querySelectorAll('span') ?? []) {
        const after = getComputedStyle(span, '::after').content;
        if (after !== 'none' && after !== 'normal' && after !== '') return after;
      }
      return undefined;
    }, line);
    if (content !== undefined) return content.replace(/^"|"$/g, '');
    if (Date.now() > deadline) throw new Error(`No inline count drawn on line ${line}`);
    await page.waitForTimeout(200);
  }
}
