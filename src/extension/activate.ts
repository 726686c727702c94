import type * as vscode from 'vscode';
import { registerInlineCounts } from './inlineCounts';
import { registerFrontMatterCodeActions } from './frontMatterCodeActions';
import { registerFrontMatterCompletions } from './frontMatterCompletions';
import { FrontMatterContext } from './frontMatterContext';
import { registerFrontMatterHovers } from './frontMatterHovers';
import { registerConvertCommand } from './convertCommand';
import { PostAnalyses } from './postAnalyses';
import { registerPostLengthsCommand } from './postLengthsCommand';
import { registerPostLengthStatus } from './postLengthStatus';
import { registerPublishCommand } from './publishCommand';
import { registerRenumberThread } from './renumberThread';
import { ProjectConfigs } from './projectConfig';
import { SettingsStore } from './settingsStore';
import { createTestApi, type ThreadwrightTestApi } from './testApi';
import { registerSplitJoinCommands } from './splitJoinCommands';
import { registerSplitPostCodeActions } from './splitPostCodeActions';
import { registerThreadDiagnostics } from './threadDiagnostics';
import { registerThreadPreview } from './preview/threadPreview';
import { registerThreadSymbols } from './threadSymbols';
import { registerThreadFolding } from './threadFolding';
import { registerThreadCodeLens } from './threadCodeLens';
import { markdownPreviewCards } from './markdownPreviewCards';
import { registerLanguageStatus } from './languageStatus';
import { registerWalkthrough } from './walkthrough';
import type MarkdownIt from 'markdown-it';

/**
 * What the extension exports: `extendMarkdownIt` for VS Code's Markdown preview, `onDidChangeSettings` (fired when a
 * workspace folder's resolved options change), and the integration tests' API.
 */
export type ThreadwrightExports = ThreadwrightTestApi & { extendMarkdownIt(md: MarkdownIt): MarkdownIt; onDidChangeSettings: vscode.Event<void> };

/** Wires every feature; shared by the desktop (Node) and web entry points. */
export function activate(context: vscode.ExtensionContext): ThreadwrightExports {
  const projectConfigs = new ProjectConfigs();
  const settings = new SettingsStore(projectConfigs);
  const frontMatter = new FrontMatterContext();
  const analyses = new PostAnalyses(settings, frontMatter);
  const postLengthStatus = registerPostLengthStatus(analyses);
  const preview = registerThreadPreview(context.extensionUri, analyses);
  const languageStatus = registerLanguageStatus(analyses, projectConfigs);
  context.subscriptions.push(
    projectConfigs,
    settings,
    frontMatter,
    analyses,
    registerThreadDiagnostics(analyses),
    registerPostLengthsCommand(analyses),
    postLengthStatus,
    registerInlineCounts(analyses),
    registerRenumberThread(analyses),
    registerFrontMatterCodeActions(analyses),
    registerFrontMatterCompletions(analyses, frontMatter),
    registerFrontMatterHovers(analyses),
    preview,
    registerConvertCommand(analyses),
    registerSplitJoinCommands(analyses),
    registerSplitPostCodeActions(analyses),
    registerPublishCommand(analyses, context.secrets),
    registerThreadSymbols(analyses),
    registerThreadFolding(analyses),
    registerThreadCodeLens(analyses),
    languageStatus,
    registerWalkthrough(context.extensionUri, analyses),
  );
  return {
    ...createTestApi(analyses, postLengthStatus, preview, languageStatus),
    extendMarkdownIt: markdownPreviewCards(analyses),
    onDidChangeSettings: settings.onDidChange,
  };
}

/** Nothing to do: every resource is owned by the extension context's subscriptions. */
export function deactivate(): void {}
