// Makes the README's screenshots from a clean copy of examples/: the packaged extension in code-server, in Chromium.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE, ROOT } from '../test/hosts/paths.mjs';
import { openWorkbench, packageVsix, previewFrame, quickOpen, showProblemsOfPost8 } from '../test/e2e/workbench.mjs';

const workspace = join(CACHE, 'screenshots', 'examples');
rmSync(workspace, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });
cpSync(join(ROOT, 'examples'), workspace, { recursive: true });

const workbench = await openWorkbench(packageVsix(), { workspace });
try {
  const { page } = workbench;
  await quickOpen(page, 'financial-pressures.md');
  await showProblemsOfPost8(page);
  await page.screenshot({ path: join(ROOT, 'docs', 'status-bar-and-problems.png') });
  await page.keyboard.press('Control+Shift+M');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('T');
  const frame = await previewFrame(page, '.post-card[data-label="8/10"]');
  await frame.locator('.post-card[data-label="8/10"]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ROOT, 'docs', 'preview.png') });
  console.log('Wrote docs/status-bar-and-problems.png and docs/preview.png');
} finally {
  await workbench.dispose();
}
