import * as vscode from 'vscode';
import { convertToThread } from '../core/convert/convertToThread';
import { platformProfile } from '../core/platforms';
import type { PostAnalyses } from './postAnalyses';
import { CHANGED_UNDERNEATH, markdownEditorFor, readForEdit, replaceIfUnchanged } from './safeEdits';

/** Threadwright: Convert Sections to Thread — the whole post, or the sections the selection touches. */
export function registerConvertCommand(analyses: PostAnalyses): vscode.Disposable {
  return vscode.commands.registerCommand('threadwright.convertToThread', async (uri?: vscode.Uri) => {
    const editor = await markdownEditorFor(uri);
    if (editor === undefined) {
      void vscode.window.showInformationMessage('Threadwright: open a Markdown post to convert its sections into a thread.');
      return;
    }
    const { document, selection } = editor;
    const read = readForEdit(analyses, document, 'convert');
    if (read === undefined) return;
    const { text, version, settings } = read;
    if (text.includes('\u0000')) {
      void vscode.window.showWarningMessage('Threadwright: this document holds binary data, not a Markdown post, so it was not converted.');
      return;
    }
    const profile = platformProfile(settings.primaryPlatform, { mastodonLimit: settings.mastodonLimit });
    const thread = convertToThread(text, {
      profile,
      numbering: settings.convertNumbering,
      threadsHeadings: settings.threadsHeadings,
      selection: selection.isEmpty ? undefined : { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) },
    });
    if (thread.posts.length === 0) {
      void vscode.window.showInformationMessage(selection.isEmpty
        ? 'Threadwright: this post has no sections to convert.'
        : 'Threadwright: the selection touches no section with text to convert.');
      return;
    }

    if (settings.convertOutput === 'newDocument') {
      const created = await vscode.workspace.openTextDocument({ language: 'markdown', content: thread.standalone });
      await vscode.window.showTextDocument(created, { viewColumn: vscode.ViewColumn.Beside });
    } else {
      if (!(await replaceIfUnchanged(editor, version, thread.insertion))) {
        void vscode.window.showWarningMessage(CHANGED_UNDERNEATH);
        return;
      }
      const start = document.positionAt(thread.insertion.range.start);
      const end = document.positionAt(thread.insertion.range.start + thread.insertion.text.length);
      editor.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.AtTop);
      vscode.window.setStatusBarMessage(`Threadwright: added "${thread.title}" as a thread of ${thread.posts.length} posts`, 5000);
    }
    if (thread.flaggedPosts.length > 0) {
      const labels = thread.flaggedPosts.map((index) => `${index + 1}/${thread.posts.length}`).join(', ');
      void vscode.window.showWarningMessage(
        `Threadwright: post ${labels} is still longer than ${profile.displayName} allows: it holds a link or word too long to cut.`);
    }
  });
}
