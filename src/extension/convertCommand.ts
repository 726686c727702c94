import * as vscode from 'vscode';
import { bodySections, convertSteps, type ConvertedThread, type ConvertMode, type ConvertOptions } from '../core/convert/convertToThread';
import type { Steps } from '../core/convert/steps';
import type { TextReplacement } from '../core/post/text';
import type { TextRange } from '../core/post/text';
import { platformProfile } from '../core/count/platforms';
import type { PostAnalyses } from './postAnalyses';
import { pickShowingRanges } from './convertPicks';
import { CHANGED_UNDERNEATH, readForEdit } from './safeEdits';

/** What a caller (a test, a keybinding's args) can decide instead of the quick picks, and how it can stop the work. */
export interface ConvertRequest {
  mode?: ConvertMode;
  /** Indexes of the body sections to convert; all of them when absent. */
  sections?: number[];
  /** Stops the conversion, as the progress notification's Cancel does. */
  cancellation?: vscode.CancellationToken;
}

const NOTHING_TO_CONVERT = vscode.l10n.t('Threadwright: this post has no body text, so there is nothing to convert.');

/** How long the conversion runs before it lets the extension host do other work. */
const SLICE_MS = 30;

/**
 * Threadwright: Convert Sections to Thread. Acts on the document it was invoked on (the URI passed, else the
 * active editor's document at that moment, captured once), offers a digest or the full thread with the post
 * count each makes and the sections to convert (the editor shows what the active choice covers), converts in
 * slices under a cancellable progress notification, and inserts the thread as one undo step, refused when the
 * document changed meanwhile, even while a pick was open.
 */
export function registerConvertCommand(analyses: PostAnalyses): vscode.Disposable {
  return vscode.commands.registerCommand('threadwright.convertToThread', async (target?: unknown, request: ConvertRequest = {}) => {
    const document = await invokedDocument(target);
    if (document === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: open a Markdown post to convert its sections into a thread.'));
      return;
    }
    const editorSelection = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.selection : undefined;
    const selection = editorSelection === undefined || editorSelection.isEmpty
      ? undefined : { start: document.offsetAt(editorSelection.start), end: document.offsetAt(editorSelection.end) };
    const read = readForEdit(analyses, document, 'convert');
    if (read === undefined) return;
    const { text, version, settings } = read;
    if (text.includes('\u0000')) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: this document holds binary data, not a Markdown post, so it was not converted.'));
      return;
    }
    const profile = platformProfile(settings.primaryPlatform, { mastodonLimit: settings.mastodonLimit });
    // Sections by index, 'all', or (undefined) those the selection touches.
    const options = (mode: ConvertMode, sections?: number[] | 'all'): ConvertOptions => ({
      profile, numbering: settings.convertNumbering, threadsHeadings: settings.threadsHeadings, mode, targetPosts: settings.convertTargetPosts,
      sections: sections === 'all' ? undefined : sections, selection: sections === undefined ? selection : undefined,
    });
    const convert = (mode: ConvertMode, sections?: number[] | 'all') =>
      withCancellableProgress(request.cancellation, (token) => runSliced(convertSteps(text, options(mode, sections)), token));
    let thread: ConvertedThread | undefined;
    if (request.mode !== undefined) {
      thread = await convert(request.mode, request.sections);
    } else {
      const offered = await withCancellableProgress(request.cancellation, async (token) => {
        const digest = await runSliced(convertSteps(text, options('digest', 'all')), token);
        const full = digest === undefined ? undefined : await runSliced(convertSteps(text, options('full', 'all')), token);
        return digest === undefined || full === undefined ? undefined : { digest, full };
      });
      if (offered === undefined) return;
      if (offered.digest.posts.length === 0) {
        void vscode.window.showInformationMessage(NOTHING_TO_CONVERT);
        return;
      }
      const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
      const changed = () => document.version !== version;
      const mode = await pickMode(editor, offered.digest, offered.full, settings.convertMode);
      if (mode === undefined || changed()) return refuseIfChanged(changed());
      const sections = await pickSections(editor, text, settings.threadsHeadings, selection);
      if (sections === undefined || changed()) return refuseIfChanged(changed());
      thread = sections === 'all' ? offered[mode] : await convert(mode, sections);
    }
    if (thread === undefined) return;
    if (thread.posts.length === 0) {
      void vscode.window.showInformationMessage(request.sections === undefined && selection === undefined
        ? NOTHING_TO_CONVERT : vscode.l10n.t('Threadwright: the chosen sections hold no text to convert.'));
      return;
    }
    if (settings.convertOutput === 'newDocument') {
      const created = await vscode.workspace.openTextDocument({ language: 'markdown', content: thread.standalone });
      await vscode.window.showTextDocument(created, { viewColumn: vscode.ViewColumn.Beside });
    } else if (await insertIfUnchanged(document, version, thread.insertion)) {
      revealInsertion(document, thread.insertion);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Threadwright: added a {count}-post thread', { count: thread.posts.length }), 5000);
    } else {
      void vscode.window.showWarningMessage(CHANGED_UNDERNEATH);
      return;
    }
    const warnings = [...thread.notes];
    if (thread.flaggedPosts.length > 0) {
      const labels = thread.flaggedPosts.map((index) => `${index + 1}/${thread.posts.length}`).join(', ');
      warnings.push(vscode.l10n.t('post {labels} is still longer than {platform} allows: it holds a link or word too long to cut.', { labels, platform: profile.displayName }));
    }
    if (warnings.length > 0) void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: {warnings}', { warnings: warnings.join(' ') }));
  });
}

/** The Markdown document the command was invoked on: the URI an explorer, menu or caller passes, else the active editor's. */
async function invokedDocument(target: unknown): Promise<vscode.TextDocument | undefined> {
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document : undefined;
}

/** Runs `work` under a progress notification with Cancel; its token also fires when the caller's token does. */
function withCancellableProgress<T>(
  cancellation: vscode.CancellationToken | undefined,
  work: (token: { readonly isCancellationRequested: boolean }) => Promise<T | undefined>,
): Thenable<T | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Threadwright: converting to a thread…'), cancellable: true },
    (_progress, progressToken) => work({
      get isCancellationRequested() {
        return progressToken.isCancellationRequested || cancellation?.isCancellationRequested === true;
      },
    }),
  );
}

/** Runs the conversion's steps a slice at a time, letting the host breathe between slices; undefined when cancelled. */
async function runSliced<T>(steps: Steps<T>, token: { readonly isCancellationRequested: boolean }): Promise<T | undefined> {
  let sliceStart = Date.now();
  for (;;) {
    if (token.isCancellationRequested) return undefined;
    const next = steps.next();
    if (next.done === true) return next.value;
    if (Date.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = Date.now();
    }
  }
}

/** Digest or full, each with the post count it makes; while the pick is open the editor shows where the thread will go. */
async function pickMode(editor: vscode.TextEditor | undefined, digest: ConvertedThread, full: ConvertedThread, preferred: ConvertMode): Promise<ConvertMode | undefined> {
  const goesAt = { start: digest.insertion.range.start, end: digest.insertion.range.start };
  const items = [
    { mode: 'digest' as const, label: vscode.l10n.t('Digest: {count} posts', { count: digest.posts.length }), detail: vscode.l10n.t('A hook, one post per part of the post, and its closing line.'), shows: goesAt },
    { mode: 'full' as const, label: vscode.l10n.t('Full: {count} posts', { count: full.posts.length }), detail: vscode.l10n.t('Every section in full, cut into as many posts as it takes.'), shows: goesAt },
  ];
  if (preferred === 'full') items.reverse();
  return (await pickShowingRanges(editor, items, { title: vscode.l10n.t('Convert Sections to Thread'), placeholder: vscode.l10n.t('Which thread?') }))?.[0]?.mode;
}

/** The sections to convert, each shown in the editor as the writer moves over it: 'all' when the writer keeps them all (or the post has one), undefined when dismissed. */
async function pickSections(editor: vscode.TextEditor | undefined, text: string, threadsHeadings: readonly string[], touched?: TextRange): Promise<number[] | 'all' | undefined> {
  const sections = bodySections(text, threadsHeadings).map((section, index) => ({ section, index })).filter(({ section }) => section.blocks.length > 0);
  if (sections.length <= 1) return 'all';
  const items = sections.map(({ section, index }) => ({
    index,
    label: section.heading ?? vscode.l10n.t('(before the first heading)'),
    description: `${'#'.repeat(section.level)}`,
    picked: touched === undefined || (touched.start < section.range.end && touched.end > section.range.start),
    shows: section.range,
  }));
  const picked = await pickShowingRanges(editor, items, { title: vscode.l10n.t('Convert Sections to Thread'), placeholder: vscode.l10n.t('Which sections?'), canPickMany: true });
  if (picked === undefined || picked.length === 0) return undefined;
  return picked.length === items.length ? 'all' : picked.map((item) => item.index);
}

/** After a pick: tells the writer nothing was written when the document changed while the pick was open. */
function refuseIfChanged(changed: boolean): void {
  if (changed) void vscode.window.showWarningMessage(CHANGED_UNDERNEATH);
}

/** Applies the insertion to the document by its URI, as one undo step, unless the document moved past `version`. */
async function insertIfUnchanged(document: vscode.TextDocument, version: number, insertion: TextReplacement): Promise<boolean> {
  if (document.isClosed || document.version !== version) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(insertion.range.start), document.positionAt(insertion.range.end)), insertion.text);
  return vscode.workspace.applyEdit(edit);
}

function revealInsertion(document: vscode.TextDocument, insertion: TextReplacement): void {
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
  const start = document.positionAt(insertion.range.start);
  const end = document.positionAt(insertion.range.start + insertion.text.length);
  editor?.revealRange(new vscode.Range(start, end), vscode.TextEditorRevealType.AtTop);
}
