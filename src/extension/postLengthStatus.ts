import * as vscode from 'vscode';
import { isPostDocument } from './documentSelector';
import { countAtLine, countSelection, cursorCountText, isNothingToCount, MAX_COUNTED_CHARACTERS, type CursorCount } from '../core/count/cursorCount';
import { overBy, type PlatformId, type PostLength } from '../core/count/platforms';
import type { ThreadsBlock } from '../core/post/postModel';
import { THREADS_RULE_SOURCE } from '../core/count/threadsProfile';
import { isAnalysed, type PostAnalyses } from './postAnalyses';

/** The status bar item's id, stable so the workbench (and end-to-end checks) can find it. */
export const POST_LENGTH_STATUS_ID = 'threadwright.postLength';

/** The live post-length item, with read access to what it shows for the integration tests. */
export interface PostLengthStatus extends vscode.Disposable {
  /** The item's text, or undefined while it is hidden (no markdown editor). */
  text(): string | undefined;
  /** The item's tooltip as Markdown source. */
  tooltip(): string | undefined;
}

/**
 * Shows the length of the post, paragraph or selection at the cursor, on every edit and cursor move. It reads
 * only the lines around the cursor (`countAtLine`), never the whole document, so typing stays instant.
 */
export function registerPostLengthStatus(analyses: PostAnalyses): PostLengthStatus {
  const item = vscode.window.createStatusBarItem(POST_LENGTH_STATUS_ID, vscode.StatusBarAlignment.Left, 100);
  item.name = vscode.l10n.t('Threadwright Post Length');
  item.command = { command: 'threadwright.showPostLengths', title: vscode.l10n.t('Show Post Lengths') };
  let visible = false;

  const update = () => {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || !isPostDocument(editor.document) || inFrontMatter(editor, analyses)) {
      item.hide();
      visible = false;
      return;
    }
    const count = countAtCursor(editor, analyses);
    item.text = cursorCountText(count);
    item.tooltip = tooltipFor(count);
    item.accessibilityInformation = { label: spokenCount(count) };
    item.backgroundColor = background(count);
    item.show();
    visible = true;
  };
  const updateFor = (document: vscode.TextDocument) => {
    if (document === vscode.window.activeTextEditor?.document) update();
  };

  update();
  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection((event) => updateFor(event.textEditor.document)),
    vscode.workspace.onDidChangeTextDocument((event) => updateFor(event.document)),
    analyses.onDidChangeSettings(update),
  ];
  return {
    text: () => (visible ? item.text : undefined),
    tooltip: () => (visible && item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : undefined),
    dispose: () => subscriptions.forEach((subscription) => subscription.dispose()),
  };
}

/** The front matter is settings, not prose: there is nothing to count while the cursor is in it. */
function inFrontMatter({ document, selection }: vscode.TextEditor, analyses: PostAnalyses): boolean {
  const range = analyses.lastAnalysis(document)?.model.frontMatter?.range;
  const offset = document.offsetAt(selection.active);
  return selection.isEmpty && range !== undefined && offset >= range.start && offset <= range.end;
}

function countAtCursor(editor: vscode.TextEditor, analyses: PostAnalyses): CursorCount {
  const { document, selection } = editor;
  const counts = analyses.countsFor(document);
  if (!selection.isEmpty) {
    // Read at most enough of a huge selection to know it is too long, even with every break a CRLF.
    const start = document.offsetAt(selection.start);
    const end = Math.min(document.offsetAt(selection.end), start + 2 * MAX_COUNTED_CHARACTERS + 2);
    return countSelection(document.getText(new vscode.Range(selection.start, document.positionAt(end))), counts);
  }
  const lines = { lineCount: document.lineCount, lineAt: (index: number) => document.lineAt(index).text };
  const block = threadsBlockOf(analyses, document);
  return countAtLine(lines, selection.active.line, counts, block, (postLine) => threadPlatformAt(analyses, document, postLine));
}

/**
 * The threads block of the last analysis; a document not analysed yet (the cursor moved before the diagnostics ran)
 * is analysed once now, so its posts are counted from the first cursor move on.
 */
function threadsBlockOf(analyses: PostAnalyses, document: vscode.TextDocument): ThreadsBlock | undefined {
  const last = analyses.lastAnalysis(document);
  if (last !== undefined) return last.model.threadsBlock;
  const analysis = analyses.analyse(document);
  return isAnalysed(analysis) ? analysis.model.threadsBlock : undefined;
}

/** The platform of the thread around a line, read from the last analysis (a few keystrokes old at most). */
function threadPlatformAt(analyses: PostAnalyses, document: vscode.TextDocument, line: number): PlatformId {
  const analysis = analyses.lastAnalysis(document);
  const counts = analyses.countsFor(document);
  let platform = counts.primary;
  for (const thread of analysis?.model.threadsBlock?.threads ?? []) {
    if ((thread.heading?.line ?? thread.posts[0]?.line ?? Infinity) > line) break;
    platform = counts.platformOf(thread);
  }
  return platform;
}

function background(count: CursorCount): vscode.ThemeColor | undefined {
  const [deciding, ...others] = count.counts;
  if (isNothingToCount(count)) return undefined;
  if (deciding !== undefined && overBy(deciding.length) !== undefined) {
    return new vscode.ThemeColor(count.kind === 'post' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
  }
  return others.some((other) => overBy(other.length) !== undefined) ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
}

function tooltipFor(count: CursorCount): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = { enabledCommands: ['threadwright.openPreview', 'threadwright.showPostLengths'] };
  const what = subject(count);
  const [deciding] = count.counts;
  if (deciding === undefined) {
    tooltip.appendMarkdown(`${vscode.l10n.t('**{what}** has over {limit} characters: too long to count while you type.', { what, limit: MAX_COUNTED_CHARACTERS.toLocaleString('en-US') })}\n\n`);
  } else {
    tooltip.appendMarkdown(`${vscode.l10n.t('**{what}**, counted for {platform}', { what, platform: deciding.displayName })}\n\n| ${vscode.l10n.t('Platform')} | ${vscode.l10n.t('Length')} | ${vscode.l10n.t('Room')} |\n| --- | ---: | ---: |\n`);
    for (const { displayName, length } of count.counts) tooltip.appendMarkdown(`| ${displayName} | ${lengthCell(length)} | ${room(length)} |\n`);
    tooltip.appendMarkdown(`\n${vscode.l10n.t('Links: {count}', { count: deciding.length.urls })}\n\n`);
    if (count.counts.some((each) => each.platform === 'threads')) tooltip.appendMarkdown(`Threads: ${THREADS_RULE_SOURCE}.\n\n`);
  }
  tooltip.appendMarkdown(vscode.l10n.t('[$(preview) Open thread preview](command:threadwright.openPreview) · '));
  tooltip.appendMarkdown(vscode.l10n.t('[$(list-ordered) Show post lengths](command:threadwright.showPostLengths)'));
  return tooltip;
}

function lengthCell(length: PostLength): string {
  const bytes = length.bytes === undefined ? '' : ` ${vscode.l10n.t('({length}/{limit} bytes)', { length: length.bytes.length, limit: length.bytes.limit })}`;
  return `${length.length}/${length.limit}${bytes}`;
}

function room(length: PostLength): string {
  return overBy(length) ?? vscode.l10n.t('{count} left', { count: length.limit - length.length });
}

function spokenCount(count: CursorCount): string {
  const [deciding] = count.counts;
  const what = subject(count);
  if (deciding === undefined) return vscode.l10n.t('{what}: too long to count', { what });
  return vscode.l10n.t('{what}: {length} of {limit} on {platform}, {room}', { what, length: deciding.length.length, limit: deciding.length.limit, platform: deciding.displayName, room: room(deciding.length) });
}

function subject(count: CursorCount): string {
  return count.kind === 'post' ? vscode.l10n.t('Post {label}', { label: count.label ?? '' }) : count.kind === 'paragraph' ? vscode.l10n.t('Paragraph') : vscode.l10n.t('Selection');
}
