import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, examplePostUri, openInEditor, testApi, whileTyped } from './helpers';

suite("VS Code's own Markdown preview", () => {
  suiteSetup(testApi);
  teardown(closeAllEditors);

  test('renders the threads as post cards, 8/10 marked over with its count and its last 46 characters', async () => {
    const editor = await openInEditor(examplePostUri());
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', editor.document.getText());
    const card = /<div class="threadwright-card threadwright-card-over code-line" data-line="126" data-label="8\/10">.*?<\/div><\/div>/s.exec(html)?.[0];
    assert.ok(card !== undefined, `no over-limit card for 8/10 in: ${html.slice(0, 400)}`);
    assert.ok(card.includes('326/280 · 46 over'), card);
    const marked = [...card.matchAll(/<mark class="[^"]*tw-over[^"]*">(.*?)<\/mark>/gs)].map((match) => match[1]).join('');
    assert.ok(marked.endsWith('security and decentralization'), marked);
    assert.strictEqual((html.match(/class="threadwright-card[ "]/g) ?? []).length, 28);
    assert.ok(html.includes('10 posts · 1 over · X'));
  });

  test('the cards follow the text being typed', async () => {
    const editor = await openInEditor(examplePostUri());
    await whileTyped(editor, editor.document.lineAt(128).range.end, 'x', async () => {
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', editor.document.getText());
      assert.ok(html.includes('327/280 · 47 over'), /data-label="8\/10">.*?<\/div><\/div>/s.exec(html)?.[0] ?? html.slice(0, 300));
    });
  });

  test('Markdown that is no open post renders without cards', async () => {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', '## Twitter threads:\n\n### Thread: "x"\n\n1/1 Not an open document\n');
    assert.ok(html.includes('1/1 Not an open document'));
    assert.ok(!html.includes('threadwright-card'));
  });
});
