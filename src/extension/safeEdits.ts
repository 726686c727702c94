import * as vscode from 'vscode';
import type { TextReplacement } from '../core/numbering';

/** What the writer is told when a document changed between reading it and writing to it. */
export const CHANGED_UNDERNEATH = 'Threadwright: the document changed while the edit was being prepared, so nothing was written. Run the command again.';

/** The Markdown editor a command acts on: the one showing `uri` when a caller passes it, else the active one. */
export async function markdownEditorFor(uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  let editor = uri === undefined
    ? vscode.window.activeTextEditor
    : vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
  if (editor === undefined && uri !== undefined) editor = await vscode.window.showTextDocument(uri);
  return editor?.document.languageId === 'markdown' ? editor : undefined;
}

/**
 * Applies one replacement as one undo step, unless the document is no longer at `version`.
 * Returns false when nothing was written (the editor also refuses an edit if the text moved on meanwhile).
 */
export async function replaceIfUnchanged(editor: vscode.TextEditor, version: number, replacement: TextReplacement): Promise<boolean> {
  const { document } = editor;
  if (document.isClosed || document.version !== version) return false;
  const range = new vscode.Range(document.positionAt(replacement.range.start), document.positionAt(replacement.range.end));
  return editor.edit((builder) => builder.replace(range, replacement.text));
}
