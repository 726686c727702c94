// Publishing a thread to Bluesky through the workbench, as a writer does it: the command, the platform pick, the
// sign-in prompts, the confirmation, the alt text prompt. Shared by the end-to-end test and the README's screenshots.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goToLine, runCommand } from './workbench.mjs';

/** A 1×1 PNG where the example post's front matter `image` points, so post 1 carries it. */
export function addExampleImage(workspace) {
  mkdirSync(join(workspace, 'assets', 'images'), { recursive: true });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  writeFileSync(join(workspace, 'assets', 'images', 'Financial_Pressures.png'), png);
}

/** Answers the open input box whose title matches `title`. */
async function answer(page, title, value) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor();
  await page.locator('.quick-input-widget input').fill(value);
  await page.keyboard.press('Enter');
}

/**
 * Publishes the thread around `line` of the open post to Bluesky, signing in with `account` on `pds`, going on past
 * the pre-flight's figure warning (the example's thread 2 quotes figures its body does not hold); `atConfirmation`
 * runs while the confirmation dialog is open. Resolves with the texts of the warning and the confirmation.
 */
export async function publishToBluesky(page, { line, pds, account, alt }, atConfirmation = async () => {}) {
  await goToLine(page, line);
  await runCommand(page, 'Threadwright: Publish Thread…');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Bluesky' }).first().click();
  const dialog = page.locator('.monaco-dialog-box');
  const warning = dialog.filter({ hasText: 'Publish Anyway' });
  await warning.waitFor();
  const warningText = await warning.innerText();
  await warning.locator('.monaco-button', { hasText: 'Publish Anyway' }).click();
  await answer(page, 'Bluesky: PDS URL', pds);
  await answer(page, 'Bluesky: handle', account.handle);
  await answer(page, 'Bluesky: app password', account.appPassword);
  const confirmation = dialog.filter({ hasText: `as @${account.handle}?` });
  await confirmation.waitFor();
  const confirmationText = await confirmation.innerText();
  await atConfirmation(confirmation);
  await confirmation.locator('.monaco-button', { hasText: /^Publish$/ }).click();
  await answer(page, 'Alt text for assets/images/Financial_Pressures.png', alt);
  return { warningText, confirmationText };
}

/** Waits until the editor shows the record comment that publishing writes under the thread's heading. */
export async function recordShown(page) {
  await page.locator('.monaco-editor .view-line', { hasText: /<!--\sposted:\sbluesky/ }).first().waitFor({ timeout: 180_000 });
}
