import * as assert from 'assert';
import * as vscode from 'vscode';
import { formatPostedRecord, type PostedRecord } from '../../../src/core/publish/postedRecord';
import type { PublishResult } from '../../../src/extension/publishCommand';
import { writePostedRecord } from '../../../src/extension/publishRecord';
import { readSettings } from '../../../src/extension/settings';
import { closeAllEditors, examplePostUri, openInEditor, testApi } from './helpers';

const SECOND_HEADING = '### Thread: "Financial Pressures Drive Miners to AI: The Shift to Sustainable Alternatives"';

suite('Publish Thread', () => {
  teardown(closeAllEditors);

  test('pre-flight refuses a thread with a post over X\'s limit, naming the post, and changes nothing', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    await testApi();
    const before = editor.document.getText();
    const result = await vscode.commands.executeCommand<PublishResult>('threadwright.publishThread', { uri: uri.toString(), thread: 1, platform: 'x' });
    assert.deepStrictEqual(result, { outcome: 'refused', messages: ['Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over'] });
    assert.strictEqual(editor.document.getText(), before);
    assert.strictEqual(editor.document.isDirty, false);
  });

  test('pre-flight refuses broken numbering before asking for any sign-in', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    await testApi();
    const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('4/8 Enter DePIN'));
    assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, 0, line, 3), '5/8')));
    const result = await vscode.commands.executeCommand<PublishResult>('threadwright.publishThread', { uri: uri.toString(), thread: 2, platform: 'bluesky' });
    assert.strictEqual(result.outcome, 'refused');
    assert.ok(result.messages.length > 0 && result.messages.some((message) => /5\/8/.test(message)), JSON.stringify(result.messages));
  });

  test('the record goes under the thread heading as one edit, and one undo takes it away', async () => {
    const uri = examplePostUri();
    const editor = await openInEditor(uri);
    const before = editor.document.getText();
    const record: PostedRecord = { platform: 'bluesky', account: '@writer.bsky.social', url: 'https://bsky.app/profile/writer.bsky.social/post/3lbx2abcdefgh', date: '2026-12-01' };
    assert.ok(await writePostedRecord(editor.document, 1, record, readSettings(uri)));
    const lines = editor.document.getText().split('\n');
    assert.strictEqual(lines[lines.indexOf(SECOND_HEADING) + 1], formatPostedRecord(record));
    assert.strictEqual(editor.document.getText().length, before.length + formatPostedRecord(record).length + 1);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before);
  });
});
