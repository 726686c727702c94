import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ThreadwrightTestApi } from '../../../src/extension/testApi';

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
  timeoutMs = 10_000,
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

/** Closes every editor without saving, so each test starts from the files on disk. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Polls a condition the extension reaches through real editor events (e.g. the status bar after a cursor move). */
export async function waitUntil<T>(read: () => T, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
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
