import * as vscode from 'vscode';
import type { PostCard, ThreadCards } from '../../core/preview/threadCards';
import { xPostIntentUrl } from '../../core/preview/threadCards';
import type { PreviewModel } from '../../protocol';
import { openExternalAddress } from '../openAddress';

const CONVERT_COMMAND = 'threadwright.convertToThread';
const PUBLISH_COMMAND = 'threadwright.publishThread';

/** The editor showing a document: the active one if it does, else any visible one. */
export function editorOf(document: vscode.TextDocument): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  return active?.document === document ? active : vscode.window.visibleTextEditors.find((editor) => editor.document === document);
}

/** Finds a card of the model the webview is showing, by the id the webview sent back. */
export function cardById(model: PreviewModel | undefined, postId: string): PostCard | undefined {
  return model?.threads.flatMap((thread) => thread.posts).find((card) => card.id === postId);
}

/** Copies one post's published text, label included, as the writer will paste it. */
export async function copyPost(card: PostCard): Promise<void> {
  await vscode.env.clipboard.writeText(card.text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Copied post {label}', { label: card.label }), 3000);
}

/** Copies a whole thread, its posts separated by blank lines. */
export async function copyThread(thread: ThreadCards | undefined): Promise<void> {
  if (thread === undefined) return;
  await vscode.env.clipboard.writeText(thread.posts.map((card) => card.text).join('\n\n'));
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Copied thread "{title}" ({count} posts)', { title: thread.title, count: thread.posts.length }), 3000);
}

/** Opens X's composer in the browser with the post's text filled in. */
export async function postOnX(card: PostCard): Promise<void> {
  const opened = await openExternalAddress(xPostIntentUrl(card.text));
  if (!opened) void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: could not open X to post {label}.', { label: card.label }));
}

/** Opens a document by its URI (the preview keeps only the URI), or undefined when it cannot be read any more. */
export async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(uri);
  } catch {
    return undefined;
  }
}

/** Starts Publish Thread… for one thread of the previewed document (`threadIndex` 0-based, the command's `thread` 1-based). */
export async function publishThread(document: vscode.TextDocument, threadIndex: number): Promise<void> {
  await vscode.commands.executeCommand(PUBLISH_COMMAND, { uri: document.uri.toString(), thread: threadIndex + 1 });
}

/** Puts the cursor at an offset (a post's start) in the editor that shows the document, opening one if needed. */
export async function revealOffset(document: vscode.TextDocument, offset: number): Promise<void> {
  const position = document.positionAt(offset);
  await vscode.window.showTextDocument(document, {
    viewColumn: editorOf(document)?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
  });
}

/** Runs the convert command on the previewed document, or says it is not available. */
export async function convertToThread(document: vscode.TextDocument | undefined): Promise<void> {
  if (!(await vscode.commands.getCommands(true)).includes(CONVERT_COMMAND)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: converting sections to a thread is not available in this version.'));
    return;
  }
  if (document !== undefined) await vscode.window.showTextDocument(document, { viewColumn: editorOf(document)?.viewColumn ?? vscode.ViewColumn.One });
  await vscode.commands.executeCommand(CONVERT_COMMAND, document?.uri);
}
