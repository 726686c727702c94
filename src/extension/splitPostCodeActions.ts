import * as vscode from 'vscode';
import { postAtOffset } from '../core/post/postModel';
import { splitPostAt, splitPostAtLimit, type RefusedThreadEdit, type ThreadEdit } from '../core/edit/splitJoin';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import { codeOf } from './problemDiagnostics';

const TOO_LONG = 'thread/too-long';

/**
 * Quick fixes for an over-long post (`thread/too-long`): split it at the last sentence end that fits, or at the
 * cursor when the cursor is inside it. Each renumbers the thread in the same edit, so one undo restores the post.
 */
export function registerSplitPostCodeActions(analyses: PostAnalyses): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider('markdown', {
    provideCodeActions(document, range, context) {
      const tooLong = context.diagnostics.filter((diagnostic) => codeOf(diagnostic) === TOO_LONG);
      if (tooLong.length === 0) return [];
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return [];
      const text = document.getText();
      const options = { threadsHeadings: analyses.settingsFor(document).threadsHeadings };
      const actions: (vscode.CodeAction | undefined)[] = [];
      for (const diagnostic of tooLong) {
        const inPost = document.offsetAt(diagnostic.range.start);
        const atLimit = splitPostAtLimit(text, inPost, options, (thread, postText) => analysis.counts.forThread(thread).measure(postText));
        actions.push(toAction(vscode.l10n.t('Split post at the limit'), document, atLimit, diagnostic, true));
        const cursor = document.offsetAt(range.start);
        if (range.isEmpty && postAtOffset(analysis.model, cursor)?.post === postAtOffset(analysis.model, inPost)?.post) {
          actions.push(toAction(vscode.l10n.t('Split post here'), document, splitPostAt(text, cursor, options), diagnostic, false));
        }
      }
      return actions.filter((action): action is vscode.CodeAction => action !== undefined);
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

function toAction(title: string, document: vscode.TextDocument, split: ThreadEdit | RefusedThreadEdit, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction | undefined {
  if ('refused' in split) return undefined;
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  const { range, text } = split.replacement;
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)), text);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}
