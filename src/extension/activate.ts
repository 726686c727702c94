import type * as vscode from 'vscode';
import { registerConvertCommand } from './convertCommand';
import { PostAnalyses } from './postAnalyses';
import { registerPostLengthsCommand } from './postLengthsCommand';
import { createTestApi, type ThreadwrightTestApi } from './testApi';
import { registerSplitJoinCommands } from './splitJoinCommands';
import { registerThreadDiagnostics } from './threadDiagnostics';

/** Wires every feature; shared by the desktop (Node) and web entry points. */
export function activate(context: vscode.ExtensionContext): ThreadwrightTestApi {
  const analyses = new PostAnalyses();
  context.subscriptions.push(
    analyses,
    registerThreadDiagnostics(analyses),
    registerPostLengthsCommand(analyses),
    registerConvertCommand(),
    registerSplitJoinCommands(),
  );
  return createTestApi(analyses);
}

/** Nothing to do: every resource is owned by the extension context's subscriptions. */
export function deactivate(): void {}
