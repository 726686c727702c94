import * as vscode from 'vscode';
import { isPostDocument } from './documentSelector';
import type { TextReplacement } from '../core/post/text';
import type { PostAnalyses } from './postAnalyses';
import type { Settings } from './settings';

/** What the writer is told when a document changed between reading it and writing to it. */
export const CHANGED_UNDERNEATH = vscode.l10n.t('Threadwright: the document changed while the edit was being prepared, so nothing was written. Run the command again.');

/** The Markdown editor a command acts on: the one showing `uri` when a caller passes it, else the active one. */
export async function markdownEditorFor(uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
  let editor = uri === undefined
    ? vscode.window.activeTextEditor
    : vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString());
  if (editor === undefined && uri !== undefined) editor = await vscode.window.showTextDocument(uri);
  return editor !== undefined && isPostDocument(editor.document) ? editor : undefined;
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

/** A document read for an edit: its text, the version the edit must still find, and the settings it is read with. */
export interface DocumentForEdit {
  text: string;
  version: number;
  settings: Settings;
}

/** Reads a document for an edit, or tells the writer it is too large to `action` and returns undefined. */
export function readForEdit(analyses: PostAnalyses, document: vscode.TextDocument, action: string): DocumentForEdit | undefined {
  const settings = analyses.settingsFor(document);
  const version = document.version;
  const text = document.getText();
  if (text.length > settings.maxDocumentSize) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: this document is too large to {action} (see threadwright.maxDocumentSizeMB).', { action }));
    return undefined;
  }
  return { text, version, settings };
}
