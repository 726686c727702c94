import * as vscode from 'vscode';
import { POST_SELECTOR } from './documentSelector';
import { fixAllPost } from '../core/edit/fixAll';
import { fixesFor, insertFrontMatterFix, listRefactoringAt, type FrontMatterFix } from '../core/frontMatter/fixes';
import type { FrontMatterProblem } from '../core/frontMatter/tree';
import type { TextReplacement } from '../core/post/text';
import { isAnalysed, type PostAnalyses, type PostAnalysis } from './postAnalyses';
import { codeOf } from './problemDiagnostics';

/** The kind `editor.codeActionsOnSave` asks for to fix every problem Threadwright can, as `threadwright check --fix` does. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('threadwright');

const CHANGE_ENCODING = 'workbench.action.editor.changeEncoding';

/**
 * Quick fixes for front matter diagnostics (found by their code), "Fix all" as `source.fixAll.threadwright` (the
 * front matter's preferred fixes and renumbering, the same fixes as the CLI's `--fix`),
 * and two refactorings: a space-separated `categories`/`tags` string into a list, and a new front matter block.
 */
export function registerFrontMatterCodeActions(analyses: PostAnalyses): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return [];
      const wants = (kind: vscode.CodeActionKind) => context.only === undefined || context.only.contains(kind) || kind.contains(context.only);
      const now = new Date();
      const actions: vscode.CodeAction[] = [];
      if (wants(vscode.CodeActionKind.QuickFix)) {
        for (const diagnostic of context.diagnostics) {
          const problem = problemOf(analysis, document, diagnostic);
          if (problem === undefined) continue;
          for (const fix of fixesFor(problem, analysis.frontMatter, document.getText(), analysis.model, { now })) {
            actions.push(toAction(document, fix, vscode.CodeActionKind.QuickFix, [diagnostic]));
          }
          if (problem.code === 'front-matter/bom' && !document.getText().startsWith('\uFEFF')) {
            const action = new vscode.CodeAction('Save the file as UTF-8 without BOM…', vscode.CodeActionKind.QuickFix);
            action.command = { command: CHANGE_ENCODING, title: vscode.l10n.t('Change File Encoding') };
            action.diagnostics = [diagnostic];
            actions.push(action);
          }
        }
      }
      if (wants(FIX_ALL_KIND) && context.only !== undefined) {
        const { replacements } = fixAllPost(analysis, document.getText(), { now });
        if (replacements.length > 0) actions.push(toAction(document, { title: vscode.l10n.t('Fix all Threadwright problems'), replacements, preferred: false }, FIX_ALL_KIND, []));
      }
      if (wants(vscode.CodeActionKind.RefactorRewrite)) {
        const listFix = listRefactoringAt(analysis.frontMatter, document.offsetAt(range.start));
        if (listFix !== undefined) actions.push(toAction(document, listFix, vscode.CodeActionKind.RefactorRewrite, []));
        const insert = range.start.line === 0 ? insertFrontMatterFix(analysis.frontMatter, document.getText(), analysis.model, { now }) : undefined;
        if (insert !== undefined) actions.push(toAction(document, insert, vscode.CodeActionKind.RefactorRewrite, []));
      }
      return actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider(POST_SELECTOR, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND, vscode.CodeActionKind.RefactorRewrite],
  });
}

/** The core problem behind a diagnostic: same code, same range. */
function problemOf(analysis: PostAnalysis, document: vscode.TextDocument, diagnostic: vscode.Diagnostic): FrontMatterProblem | undefined {
  if (diagnostic.source !== 'threadwright') return undefined;
  const code = codeOf(diagnostic);
  if (code === undefined || !code.startsWith('front-matter/')) return undefined;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.frontMatter.problems.find((problem) => problem.code === code && problem.range.start === start && problem.range.end === end);
}

function toAction(document: vscode.TextDocument, fix: FrontMatterFix, kind: vscode.CodeActionKind, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, kind);
  action.edit = toWorkspaceEdit(document, fix.replacements);
  action.diagnostics = diagnostics;
  action.isPreferred = fix.preferred && diagnostics.length > 0;
  return action;
}

/** One edit for all replacements, so the fix is one undo step. */
function toWorkspaceEdit(document: vscode.TextDocument, replacements: readonly TextReplacement[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { range, text } of replacements) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)), text);
  }
  return edit;
}
