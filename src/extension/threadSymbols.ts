import * as vscode from 'vscode';
import { threadOutline, type OutlineEntry, type OutlineKind } from '../core/preview/threadOutline';
import { documentCards } from './documentCards';
import { POST_SELECTOR } from './documentSelector';
import type { PostAnalyses } from './postAnalyses';

const SYMBOL_KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  threadsBlock: vscode.SymbolKind.Namespace,
  thread: vscode.SymbolKind.Module,
  post: vscode.SymbolKind.String,
};

/**
 * Adds the threads block, its threads and their posts (`8/10 · 326/280 · 46 over`) to the Outline view and the
 * breadcrumbs. VS Code's Markdown support lists the headings already; these symbols are what it cannot know.
 */
export function registerThreadSymbols(analyses: PostAnalyses): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(POST_SELECTOR, {
    provideDocumentSymbols(document) {
      const source = documentCards(analyses, document);
      const outline = source === undefined ? undefined : threadOutline(source.model, source.cards, (index) => source.platformNames[index]);
      return outline === undefined ? [] : [toSymbol(document, outline)];
    },
  }, { label: vscode.l10n.t('Threadwright threads') });
}

function toSymbol(document: vscode.TextDocument, entry: OutlineEntry): vscode.DocumentSymbol {
  const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const symbol = new vscode.DocumentSymbol(
    entry.name,
    entry.detail,
    SYMBOL_KINDS[entry.kind],
    range(entry.range.start, entry.range.end),
    range(entry.selectionRange.start, entry.selectionRange.end),
  );
  symbol.children = entry.children.map((child) => toSymbol(document, child));
  return symbol;
}
