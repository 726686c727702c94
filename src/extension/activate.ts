import type * as vscode from 'vscode';
import { registerInlineCounts } from './inlineCounts';
import { PostAnalyses } from './postAnalyses';
import { registerPostLengthsCommand } from './postLengthsCommand';
import { registerPostLengthStatus } from './postLengthStatus';
import { registerRenumberThread } from './renumberThread';
import { ProjectConfigs } from './projectConfig';
import { createTestApi, type ThreadwrightTestApi } from './testApi';
import { registerThreadDiagnostics } from './threadDiagnostics';

/** Wires every feature; shared by the desktop (Node) and web entry points. */
export function activate(context: vscode.ExtensionContext): ThreadwrightTestApi {
  const projectConfigs = new ProjectConfigs();
  const analyses = new PostAnalyses(projectConfigs);
  const postLengthStatus = registerPostLengthStatus(analyses);
  const inlineCounts = registerInlineCounts(analyses);
  context.subscriptions.push(
    projectConfigs,
    analyses,
    registerThreadDiagnostics(analyses),
    registerPostLengthsCommand(analyses),
    postLengthStatus,
    inlineCounts,
    registerRenumberThread(analyses),
  );
  return createTestApi(analyses, postLengthStatus, inlineCounts);
}

/** Nothing to do: every resource is owned by the extension context's subscriptions. */
export function deactivate(): void {}
