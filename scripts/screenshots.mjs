// Makes the README's screenshots from a clean copy of examples/: the packaged extension in code-server, in Chromium.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from '../test/hosts/paths.mjs';
import { startPds } from '../test/hosts/pds.mjs';
import { createBlueskyAccount } from '../test/hosts/pdsAccounts.mjs';
import { addExampleImage, publishToBluesky, recordShown } from '../test/e2e/publishFlow.mjs';
import { goToLine, openWorkbench, packageVsix, previewFrame, quickOpen, showProblemsOfPost8 } from '../test/e2e/workbench.mjs';

const workspace = join(CACHE, 'screenshots', 'examples');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
addExampleImage(workspace);

const workbench = await openWorkbench(packageVsix(), { workspace });
try {
  const { page } = workbench;
  await quickOpen(page, 'financial-pressures.md');
  await showProblemsOfPost8(page);
  await page.screenshot({ path: join(ROOT, 'docs', 'status-bar-and-problems.png') });
  await page.keyboard.press('Control+Shift+M');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('T');
  const frame = await previewFrame(page, '.post-card[data-label="8/10"]');
  await frame.locator('.post-card[data-label="8/10"]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ROOT, 'docs', 'preview.png') });

  // Publishing thread 2 to a loopback Bluesky PDS: the confirmation, then the record under the thread's heading.
  const pds = await startPds();
  try {
    await quickOpen(page, 'financial-pressures.md');
    const account = await createBlueskyAccount(pds.url, 'writer');
    await publishToBluesky(page, { line: 141, pds: pds.url, account, alt: 'A bitcoin miner beside a rack of GPUs' },
      async () => { await page.screenshot({ path: join(ROOT, 'docs', 'publish-confirmation.png') }); });
    await recordShown(page);
    await goToLine(page, 139);
    await page.screenshot({ path: join(ROOT, 'docs', 'publish-record.png') });
  } finally {
    await pds.stop();
  }
  console.log('Wrote docs/status-bar-and-problems.png, docs/preview.png, docs/publish-confirmation.png and docs/publish-record.png');
} finally {
  await workbench.dispose();
}
