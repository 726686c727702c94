import * as vscode from 'vscode';
import type { ParseOptions } from '../core/post/postModel';
import { joinPostWithNext, splitPostAt, type RefusedThreadEdit, type ThreadEdit } from '../core/edit/splitJoin';
import { CHANGED_UNDERNEATH, markdownEditorFor, readForEdit, replaceIfUnchanged } from './safeEdits';
import type { PostAnalyses } from './postAnalyses';

type ThreadEditAt = (text: string, offset: number, options: ParseOptions) => ThreadEdit | RefusedThreadEdit;

/** Threadwright: Split Post at Cursor and Join Post with Next, each renumbering its thread in the same edit. */
export function registerSplitJoinCommands(analyses: PostAnalyses): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('threadwright.splitPost', () => editThreadAtCursor(analyses, splitPostAt)),
    vscode.commands.registerCommand('threadwright.joinPost', () => editThreadAtCursor(analyses, joinPostWithNext)),
  );
}

async function editThreadAtCursor(analyses: PostAnalyses, editAt: ThreadEditAt): Promise<void> {
  const editor = await markdownEditorFor();
  if (editor === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: put the cursor in a post of a thread in a Markdown file.'));
    return;
  }
  const { document } = editor;
  const read = readForEdit(analyses, document, 'edit threads in');
  if (read === undefined) return;
  const { text, version, settings } = read;
  const edit = editAt(text, document.offsetAt(editor.selection.active), { threadsHeadings: settings.threadsHeadings });
  if ('refused' in edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: {reason}', { reason: edit.refused }));
    return;
  }
  if (!(await replaceIfUnchanged(editor, version, edit.replacement))) {
    void vscode.window.showWarningMessage(CHANGED_UNDERNEATH);
    return;
  }
  const cursor = document.positionAt(edit.cursor);
  editor.selection = new vscode.Selection(cursor, cursor);
  editor.revealRange(new vscode.Range(cursor, cursor), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
