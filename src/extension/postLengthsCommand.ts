import * as vscode from 'vscode';
import { isPostDocument } from './documentSelector';
import { isAnalysed, type PostAnalyses } from './postAnalyses';

/** Lists every post of the active post's threads with its length, and jumps to the one picked. */
export function registerPostLengthsCommand(analyses: PostAnalyses): vscode.Disposable {
  return vscode.commands.registerCommand('threadwright.showPostLengths', async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || !isPostDocument(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: open a Markdown post to see its post lengths.'));
      return;
    }
    const analysis = analyses.analyse(editor.document);
    if (!isAnalysed(analysis)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: this document is too large to analyse.'));
      return;
    }
    const items = (analysis.model.threadsBlock?.threads ?? []).flatMap((thread) =>
      thread.posts.map((post) => {
        const length = analysis.counts.forThread(thread).measure(post.text);
        return {
          label: `${length.overflowStart === undefined ? '$(check)' : '$(error)'} ${post.label.number}/${post.label.total} · ${length.length}/${length.limit}`,
          description: thread.title,
          detail: post.text.slice(post.text.indexOf(' ') + 1, 120),
          offset: post.range.start,
        };
      }),
    );
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: this post has no threads block (a "## Twitter threads" heading).'));
      return;
    }
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Post lengths'), matchOnDescription: true, matchOnDetail: true });
    if (picked === undefined || editor.document.isClosed) return;
    const position = editor.document.positionAt(picked.offset);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
