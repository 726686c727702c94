import type * as vscode from 'vscode';
import { PostAnalyses } from './postAnalyses';
import { registerPostLengthsCommand } from './postLengthsCommand';
import { ProjectConfigs } from './projectConfig';
import { createTestApi, type ThreadwrightTestApi } from './testApi';
import { registerThreadDiagnostics } from './threadDiagnostics';

/** Wires every feature; shared by the desktop (Node) and web entry points. */
export function activate(context: vscode.ExtensionContext): ThreadwrightTestApi {
  const projectConfigs = new ProjectConfigs();
  const analyses = new PostAnalyses(projectConfigs);
  context.subscriptions.push(
    projectConfigs,
    analyses,
    registerThreadDiagnostics(analyses),
    registerPostLengthsCommand(analyses),
  );
  return createTestApi(analyses);
}

/** Nothing to do: every resource is owned by the extension context's subscriptions. */
export function deactivate(): void {}
