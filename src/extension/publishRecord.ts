import * as vscode from 'vscode';
import { parsePost } from '../core/post/postModel';
import { recordEdit, type PostedRecord } from '../core/publish/postedRecord';
import type { Settings } from './settings';

/**
 * Writes where a thread went under its heading, as one undoable edit. The post is read again first: the writer
 * may have typed while the thread went out, so the thread is found by its place in the current text.
 */
export async function writePostedRecord(document: vscode.TextDocument, threadIndex: number, record: PostedRecord, settings: Settings): Promise<boolean> {
  const text = document.getText();
  const thread = parsePost(text, settings).threadsBlock?.threads[threadIndex];
  if (thread === undefined) return false;
  const { range, text: line } = recordEdit(thread, text, record);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)), line);
  return vscode.workspace.applyEdit(edit);
}
