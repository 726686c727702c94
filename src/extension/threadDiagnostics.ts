import * as vscode from 'vscode';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import { toDiagnostic } from './problemDiagnostics';

const TYPING_DELAY_MS = 300;

/** Keeps the Problems panel in step with each open markdown post: on open, while typing, and on close. */
export function registerThreadDiagnostics(analyses: PostAnalyses): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('threadwright');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument) => {
    timers.delete(document.uri.toString());
    if (document.languageId !== 'markdown' || document.isClosed) return;
    const analysis = analyses.analyse(document);
    collection.set(document.uri, isAnalysed(analysis) ? analysis.problems.map((problem) => toDiagnostic(document, problem)) : []);
  };
  const refreshSoon = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => refresh(document), TYPING_DELAY_MS));
  };
  const refreshAll = () => vscode.workspace.textDocuments.forEach(refresh);

  refreshAll();
  const subscriptions = [
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) refreshSoon(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(timers.get(document.uri.toString()));
      timers.delete(document.uri.toString());
      collection.delete(document.uri);
    }),
    analyses.onDidChangeSettings(refreshAll),
  ];
  return new vscode.Disposable(() => {
    timers.forEach(clearTimeout);
    subscriptions.forEach((subscription) => subscription.dispose());
  });
}
