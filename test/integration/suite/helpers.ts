import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ThreadwrightTestApi } from '../../../src/extension/testApi';
import type { ThreadPreviewObserver } from '../../../src/extension/preview/threadPreview';

export const EXTENSION_ID = 'threadwright.threadwright';

/** The example post in the test workspace (a fresh copy of `examples/`). */
export function examplePostUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('The integration suite needs a workspace folder.');
  return vscode.Uri.joinPath(folder.uri, 'financial-pressures.md');
}

/** Opens a document in an editor, as a writer would. */
export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** The extension's exported test API, once it is active. */
export async function testApi(): Promise<ThreadwrightTestApi> {
  const extension = vscode.extensions.getExtension<ThreadwrightTestApi>(EXTENSION_ID);
  if (extension === undefined) throw new Error(`${EXTENSION_ID} is not installed in this host`);
  return extension.activate();
}

/** Waits until Threadwright's diagnostics for a document satisfy a condition, driven by real change events. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 60_000,
): Promise<vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'threadwright');
  return new Promise((resolve, reject) => {
    if (accept(ours())) {
      resolve(ours());
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`Diagnostics never matched; last seen: ${JSON.stringify(ours().map((d) => d.message))}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString()) || !accept(ours())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(ours());
    });
  });
}

/**
 * Puts every open document back to its file on disk (untitled ones are discarded) and closes every editor, so each
 * test starts from the files as they are. The file's text is written back before the revert: a revert that cannot
 * read the file in time turns into a "soft" one, which marks the document clean but would keep the edited text.
 */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isUntitled) continue;
    const onDisk = await fileText(document.uri);
    if (onDisk === undefined || document.getText() === onDisk) continue;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), onDisk);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not restore ${document.uri.toString()}`);
  }
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) await revertAndClose(document);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Reverts and closes a document. An untitled one is waited for until the extension host has dropped it: the next
 * test's untitled document takes the same name, and until the close arrives, opening it can return this one.
 */
async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  const closed = document.isUntitled ? documentClosed(document) : undefined;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await closed;
}

/** Resolves when the extension host fires `onDidCloseTextDocument` for this document. */
function documentClosed(document: vscode.TextDocument): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.workspace.onDidCloseTextDocument((closed) => {
      if (closed !== document) return;
      listener.dispose();
      resolve();
    });
  });
}

/** A workspace file's text, or undefined when it is not a file Threadwright's tests own (deleted, or another scheme). */
async function fileText(uri: vscode.Uri): Promise<string | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder === undefined) return undefined;
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Polls a condition the extension reaches through real editor events (e.g. the status bar after a cursor move). */
export async function waitUntil<T>(read: () => T, accept: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`Never matched; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The diagnostics of one Threadwright code. */
export function withCode(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => (diagnostic.code as { value: string }).value === code);
}

/** Waits until the preview satisfies a condition, driven by the preview's own change events. */
export function waitForPreview(preview: ThreadPreviewObserver, accept: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (accept()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`The preview never ${what}; last sent: ${JSON.stringify(preview.view.sent?.threads.map((t) => t.posts.map((p) => p.length)))}`));
    }, timeoutMs);
    const listener = preview.onDidChange(() => {
      if (!accept()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/**
 * Types text at a position, runs a check, then deletes exactly that text again and saves, so no later test sees it
 * (VS Code for the Web saves after a delay by default, so the typed text may already be on disk).
 */
export async function whileTyped(editor: vscode.TextEditor, at: vscode.Position, text: string, check: () => Promise<void>): Promise<void> {
  assert.ok(await editor.edit((edit) => edit.insert(at, text)));
  try {
    await check();
  } finally {
    await editor.edit((edit) => edit.delete(new vscode.Range(at, at.translate(0, text.length))));
    await editor.document.save();
  }
}
