import type * as vscode from 'vscode';
import { registerFrontMatterCodeActions } from './frontMatterCodeActions';
import { registerFrontMatterCompletions } from './frontMatterCompletions';
import { FrontMatterContext } from './frontMatterContext';
import { registerFrontMatterHovers } from './frontMatterHovers';
import { PostAnalyses } from './postAnalyses';
import { registerPostLengthsCommand } from './postLengthsCommand';
import { createTestApi, type ThreadwrightTestApi } from './testApi';
import { registerThreadDiagnostics } from './threadDiagnostics';

/** Wires every feature; shared by the desktop (Node) and web entry points. */
export function activate(context: vscode.ExtensionContext): ThreadwrightTestApi {
  const frontMatter = new FrontMatterContext();
  const analyses = new PostAnalyses(frontMatter);
  context.subscriptions.push(
    frontMatter,
    analyses,
    registerThreadDiagnostics(analyses),
    registerPostLengthsCommand(analyses),
    registerFrontMatterCodeActions(analyses),
    registerFrontMatterCompletions(analyses, frontMatter),
    registerFrontMatterHovers(analyses),
  );
  return createTestApi(analyses);
}

/** Nothing to do: every resource is owned by the extension context's subscriptions. */
export function deactivate(): void {}
