import * as vscode from 'vscode';
import { threadFoldingRegions } from '../core/preview/threadOutline';
import { POST_SELECTOR } from './documentSelector';
import { isAnalysed, type PostAnalyses } from './postAnalyses';

/** Folds the front matter, each thread and each post: the regions VS Code's Markdown folding does not offer. */
export function registerThreadFolding(analyses: PostAnalyses): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(POST_SELECTOR, {
    provideFoldingRanges(document) {
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return [];
      return threadFoldingRegions(analysis.model)
        .map((region) => ({ region, start: document.positionAt(region.range.start).line, end: document.positionAt(region.range.end).line }))
        .filter(({ start, end }) => end > start)
        .map(({ region, start, end }) => new vscode.FoldingRange(start, end, region.kind === 'frontMatter' ? vscode.FoldingRangeKind.Region : undefined));
    },
  });
}
