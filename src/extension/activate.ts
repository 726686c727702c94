import type * as vscode from 'vscode';
import { PostAnalyses } from './postAnalyses';
import { registerPostLengthsCommand } from './postLengthsCommand';
import { createTestApi, type ThreadwrightTestApi } from './testApi';
import { registerThreadDiagnostics } from './threadDiagnostics';
import { registerThreadPreview } from './threadPreview';

/** Wires every feature; shared by the desktop (Node) and web entry points. */
export function activate(context: vscode.ExtensionContext): ThreadwrightTestApi {
  const analyses = new PostAnalyses();
  const preview = registerThreadPreview(context.extensionUri, analyses);
  context.subscriptions.push(
    analyses,
    registerThreadDiagnostics(analyses),
    registerPostLengthsCommand(analyses),
    preview,
  );
  return createTestApi(analyses, preview);
}

/** Nothing to do: every resource is owned by the extension context's subscriptions. */
export function deactivate(): void {}
