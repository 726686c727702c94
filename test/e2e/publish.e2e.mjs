// End-to-end: publishing the example post's thread 2 to the reference Bluesky PDS from the real workbench, then
// reading the records back from the PDS and the record comment from the saved post on disk.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blueskyPostsOf, createBlueskyAccount } from '../hosts/pdsAccounts.mjs';
import { startPds } from '../hosts/pds.mjs';
import { freshWorkspace } from '../hosts/integration.mjs';
import { ROOT } from '../hosts/paths.mjs';
import { addExampleImage, publishToBluesky, recordShown } from './publishFlow.mjs';
import { fileChanged, openWorkbench, packageVsix, quickOpen } from './workbench.mjs';

const ALT = 'A bitcoin miner beside a rack of GPUs';

/** The posts of the example's thread 2 as written, labels included: what Bluesky must hold. */
function thread2Posts(text) {
  const block = text.slice(text.indexOf('### Thread: "Financial Pressures Drive Miners'), text.indexOf('### Thread: "The Evolving'));
  return block.split(/\n\n(?=\d+\/8 )/).slice(1).map((post) => post.trim());
}

suite('publishing from the real workbench to a real Bluesky PDS', function () {
  // Setting up starts the PDS, packages the .vsix and opens the workbench: minutes on a loaded 2-core machine.
  this.timeout(600_000);
  let pds;
  let workbench;

  suiteSetup(async () => {
    pds = await startPds();
    const workspace = freshWorkspace('e2e-publish');
    addExampleImage(workspace);
    workbench = await openWorkbench(packageVsix(), { workspace });
  });
  teardown(async function () {
    if (this.currentTest?.state === 'failed') await workbench?.page.screenshot({ path: join(ROOT, '.vscode-test', 'e2e-publish-failure.png') });
  });
  suiteTeardown(async () => {
    await workbench?.dispose();
    await pds?.stop();
  });

  test('thread 2 goes out as 8 replies with its image, and the post records where it went', async () => {
    const { page, workspace } = workbench;
    const account = await createBlueskyAccount(pds.url, 'writer');
    await quickOpen(page, 'financial-pressures.md');
    const { warningText, confirmationText: confirmation } = await publishToBluesky(page, { line: 141, pds: pds.url, account, alt: ALT });
    assert.match(warningText, /Post 2\/8 quotes \$34,900/);
    assert.match(confirmation, new RegExp(`Publish 8 posts to Bluesky as @${account.handle.replace('.', '\\.')}\\?`));
    assert.match(confirmation, /“1\/8 Bitcoin mining is facing/);

    await recordShown(page);
    const written = thread2Posts(readFileSync(join(workspace, 'financial-pressures.md'), 'utf8'));
    const records = await blueskyPostsOf(pds.url, account.did);
    assert.equal(records.length, 8);
    const [root, ...replies] = records;
    assert.equal(root.value.embed.images[0].alt, ALT);
    for (const reply of replies) assert.equal(reply.value.reply.root.uri, root.uri);
    replies.forEach((reply, index) => assert.equal(reply.value.reply.parent.uri, records[index].uri));
    assert.deepEqual(records.map((record) => record.value.text.slice(0, 40)), written.map((post) => post.slice(0, 40)));

    const path = join(workspace, 'financial-pressures.md');
    const onDisk = fileChanged(path, (text) => text.includes('<!-- posted: bluesky'));
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+S');
    const saved = await onDisk;
    const rkey = root.uri.split('/').at(-1);
    const heading = saved.indexOf('### Thread: "Financial Pressures Drive Miners');
    assert.match(saved.slice(heading), new RegExp(`^### Thread: [^\\n]*\\n<!-- posted: bluesky \\S+ https://bsky\\.app/profile/\\S+/post/${rkey} \\d{4}-\\d{2}-\\d{2} -->\\n\\n1/8 `));
  });
});
