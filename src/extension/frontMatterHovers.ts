import * as vscode from 'vscode';
import { POST_SELECTOR } from './documentSelector';
import { isAnalysed, type PostAnalyses } from './postAnalyses';

/** Shows what a front matter key is for, from the active schema's description, when the pointer rests on it. */
export function registerFrontMatterHovers(analyses: PostAnalyses): vscode.Disposable {
  return vscode.languages.registerHoverProvider(POST_SELECTOR, {
    provideHover(document, position) {
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return undefined;
      const offset = document.offsetAt(position);
      const report = analysis.frontMatter;
      const entry = report.parsed?.root?.entries?.find((candidate) => candidate.keyRange.start <= offset && offset < candidate.keyRange.end);
      const info = entry === undefined ? undefined : report.schema.keys.get(entry.key);
      if (entry === undefined || info === undefined) return undefined;
      const markdown = new vscode.MarkdownString(`**${entry.key}**${report.schema.required.includes(entry.key) ? ' (required)' : ''} · ${report.schema.preset.displayName}`);
      if (info.description !== undefined) markdown.appendMarkdown(`\n\n${info.description}`);
      if (info.examples !== undefined && info.examples.length > 0) markdown.appendMarkdown(`\n\nExample: \`${String(info.examples[0])}\``);
      if (info.enum !== undefined) markdown.appendMarkdown(`\n\nOne of: ${info.enum.map((value) => `\`${String(value)}\``).join(', ')}`);
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(entry.keyRange.start), document.positionAt(entry.keyRange.end)));
    },
  });
}
