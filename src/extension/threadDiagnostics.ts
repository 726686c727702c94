import * as vscode from 'vscode';
import { afterTyping } from './afterTyping';
import { isPostDocument } from './documentSelector';
import { fileName } from './fileName';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import { toDiagnostic } from './problemDiagnostics';

/** Keeps the Problems panel in step with each open markdown post: on open, while typing, and on close. */
export function registerThreadDiagnostics(analyses: PostAnalyses): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('threadwright');
  const toldTooLarge = new Set<string>();
  const refresh = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (!isPostDocument(document) || document.isClosed) return;
    const analysis = analyses.analyse(document);
    if (isAnalysed(analysis)) {
      toldTooLarge.delete(key);
      collection.set(document.uri, analysis.problems.map((problem) => toDiagnostic(document, problem)));
      return;
    }
    collection.set(document.uri, []);
    if (!toldTooLarge.has(key)) {
      toldTooLarge.add(key);
      const megabytes = (size: number) => (size / (1024 * 1024)).toFixed(1);
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(info) Threadwright: {file} is {size} MB, over threadwright.maxDocumentSizeMB ({limit} MB): not checked while you type', { file: fileName(document.uri), size: megabytes(analysis.size), limit: megabytes(analysis.limit) }), 15_000);
    }
  };
  const refreshAll = () => vscode.workspace.textDocuments.forEach(refresh);

  refreshAll();
  const subscriptions = [
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    afterTyping(refresh, (document) => {
      toldTooLarge.delete(document.uri.toString());
      collection.delete(document.uri);
    }),
    analyses.onDidChangeSettings(refreshAll),
  ];
  return vscode.Disposable.from(...subscriptions);
}
