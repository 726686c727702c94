import * as vscode from 'vscode';
import { POST_SELECTOR } from './documentSelector';
import { frontMatterPositionAt, type FrontMatterPosition } from '../core/frontMatter/completion';
import type { FrontMatterReport } from '../core/frontMatter/check';
import { textScalar } from '../core/frontMatter/values';
import type { FrontMatterContext } from './frontMatterContext';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import { TaxonomyIndex } from './taxonomyIndex';

const TAXONOMY_KEYS: Record<string, 'categories' | 'tags'> = { categories: 'categories', category: 'categories', tags: 'tags' };

/**
 * Completes front matter: keys of the active schema with their descriptions, enum values, layouts from
 * `_layouts/`, and the categories and tags other posts in the workspace use.
 */
export function registerFrontMatterCompletions(analyses: PostAnalyses, context: FrontMatterContext): vscode.Disposable {
  const index = new TaxonomyIndex();
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return undefined;
      const text = document.getText();
      const at = frontMatterPositionAt(analysis.frontMatter, text, document.offsetAt(position));
      if (at === undefined) return undefined;
      const range = new vscode.Range(document.positionAt(at.range.start), document.positionAt(at.range.end));
      if (at.kind === 'key') return keyItems(analysis.frontMatter, at, range);
      return valueItems(analysis.frontMatter, at, range, document, context, index);
    },
  };
  return vscode.Disposable.from(
    index,
    vscode.languages.registerCompletionItemProvider(POST_SELECTOR, provider, '[', ',', ' '),
  );
}

function keyItems(report: FrontMatterReport, at: Extract<FrontMatterPosition, { kind: 'key' }>, range: vscode.Range): vscode.CompletionItem[] {
  const kind = report.parsed?.block.kind ?? 'yaml';
  return [...report.schema.keys].filter(([key]) => !at.present.includes(key)).map(([key, info]) => {
    const item = new vscode.CompletionItem(key, vscode.CompletionItemKind.Property);
    item.insertText = kind === 'yaml' ? `${key}: ` : `${key} = `;
    item.range = range;
    item.detail = report.schema.required.includes(key) ? `required by ${report.schema.preset.displayName}` : report.schema.preset.displayName;
    if (info.description !== undefined) item.documentation = new vscode.MarkdownString(info.description);
    item.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest values') };
    return item;
  });
}

async function valueItems(
  report: FrontMatterReport,
  at: Extract<FrontMatterPosition, { kind: 'value' }>,
  range: vscode.Range,
  document: vscode.TextDocument,
  context: FrontMatterContext,
  index: TaxonomyIndex,
): Promise<vscode.CompletionItem[] | undefined> {
  const kind = report.parsed?.block.kind ?? 'yaml';
  const values: { label: string; detail?: string }[] = [];
  for (const value of report.schema.keys.get(at.key)?.enum ?? []) values.push({ label: String(value), detail: vscode.l10n.t('allowed value') });
  if (at.key === 'layout') {
    for (const layout of context.snapshotFor(document.uri)?.layouts() ?? []) values.push({ label: layout, detail: `_layouts/${layout}` });
  }
  const taxonomy = TAXONOMY_KEYS[at.key];
  if (taxonomy !== undefined && (at.inList || range.isEmpty)) {
    for (const { term, posts } of await index.terms(taxonomy, document.uri)) {
      if (!at.present.includes(term)) values.push({ label: term, detail: posts === 1 ? vscode.l10n.t('used in 1 other post') : vscode.l10n.t('used in {count} other posts', { count: posts }) });
    }
  }
  if (values.length === 0) return undefined;
  return values.map(({ label, detail }, order) => {
    const item = new vscode.CompletionItem(label, vscode.CompletionItemKind.Value);
    const scalar = textScalar(label, kind);
    item.insertText = taxonomy !== undefined && !at.inList ? `[${scalar}]` : scalar;
    item.range = range;
    item.detail = detail;
    item.sortText = String(order).padStart(5, '0');
    return item;
  });
}
