import * as vscode from 'vscode';
import { isPostDocument, POST_SELECTOR } from './documentSelector';
import { renumberThread } from '../core/edit/numbering';
import type { Thread, ThreadsBlock } from '../core/post/postModel';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import { codeOf } from './problemDiagnostics';

const COMMAND = 'threadwright.renumberThread';
const NUMBERING = 'thread/numbering';

/** Which thread a quick fix renumbers, and the document version it was offered for. */
interface RenumberTarget {
  uri: string;
  version: number;
  threadIndex: number;
}

/**
 * Threadwright: Renumber Thread, from the palette (the thread at the cursor) or as the quick fix of a
 * `thread/numbering` warning: rewrites every label `1/N … N/N` in one undoable edit, keeping each label's style.
 */
export function registerRenumberThread(analyses: PostAnalyses): vscode.Disposable {
  const command = vscode.commands.registerCommand(COMMAND, (target?: RenumberTarget) => renumber(analyses, target));
  const quickFix = vscode.languages.registerCodeActionsProvider(POST_SELECTOR, {
    provideCodeActions(document, _range, context) {
      const numbering = context.diagnostics.filter((diagnostic) => codeOf(diagnostic) === NUMBERING);
      if (numbering.length === 0) return [];
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return [];
      const block = analysis.model.threadsBlock;
      const byThread = new Map<number, vscode.Diagnostic[]>();
      for (const diagnostic of numbering) {
        const index = threadIndexAt(block, document.offsetAt(diagnostic.range.start));
        if (index !== undefined) byThread.set(index, [...(byThread.get(index) ?? []), diagnostic]);
      }
      return [...byThread].map(([threadIndex, diagnostics]) => {
        const action = new vscode.CodeAction(`Renumber thread ${describe(block!.threads[threadIndex])}`, vscode.CodeActionKind.QuickFix);
        action.diagnostics = diagnostics;
        action.isPreferred = true;
        const target: RenumberTarget = { uri: document.uri.toString(), version: document.version, threadIndex };
        action.command = { command: COMMAND, title: vscode.l10n.t('Renumber Thread'), arguments: [target] };
        return action;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
  return vscode.Disposable.from(command, quickFix);
}

async function renumber(analyses: PostAnalyses, target: RenumberTarget | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = target === undefined
    ? editor?.document
    : vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.uri);
  if (document === undefined || !isPostDocument(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: open a Markdown post to renumber one of its threads.'));
    return;
  }
  const version = target?.version ?? document.version;
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: the post changed since this fix was offered. Nothing was renumbered; try again.'));
    return;
  }
  const analysis = analyses.analyse(document);
  if (!isAnalysed(analysis)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: this document is too large to analyse.'));
    return;
  }
  const block = analysis.model.threadsBlock;
  const index = target?.threadIndex
    ?? (editor === undefined ? undefined : threadIndexAt(block, document.offsetAt(editor.selection.active)));
  const thread = index === undefined ? undefined : block?.threads[index];
  if (thread === undefined || thread.posts.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: put the cursor inside a thread to renumber it.'));
    return;
  }
  const replacements = renumberThread(thread, document.getText());
  if (replacements.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: thread {thread} is already numbered 1/{total} … {total}/{total}.', { thread: describe(thread), total: thread.posts.length }));
    return;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const { range, text } of replacements) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)), text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Threadwright: the editor refused the renumbering edit; the post was not changed.'));
  }
}

/** The thread an offset falls in: within the threads block, the last thread starting at or before it. */
function threadIndexAt(block: ThreadsBlock | undefined, offset: number): number | undefined {
  if (block === undefined || offset < block.range.start || offset > block.range.end) return undefined;
  let found: number | undefined;
  block.threads.forEach((thread, index) => {
    if (thread.range.start <= offset) found = index;
  });
  return found;
}

function describe(thread: Thread): string {
  return thread.title === '' ? `(${thread.posts.length} posts)` : `"${thread.title}"`;
}
