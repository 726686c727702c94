import type * as vscode from 'vscode';
import type { PreviewCardsSource } from '../core/preview/markdownItCards';
import { platformProfile } from '../core/count/platforms';
import { buildThreadCards } from '../core/preview/threadCards';
import { isAnalysed, type PostAnalyses, type PostAnalysis } from './postAnalyses';

/** A document's analysis with the thread preview's cards of it: what the outline, CodeLens and Markdown preview show. */
export interface DocumentCards extends PreviewCardsSource {
  analysis: PostAnalysis;
}

const built = new WeakMap<PostAnalysis, DocumentCards>();

/**
 * The cards of a document's current version, built once per analysis and shared, so every feature shows
 * the counts the thread preview and the diagnostics show. Undefined for a document too large to analyse.
 */
export function documentCards(analyses: PostAnalyses, document: vscode.TextDocument): DocumentCards | undefined {
  const analysis = analyses.analyse(document);
  if (!isAnalysed(analysis)) return undefined;
  let cards = built.get(analysis);
  if (cards === undefined) {
    const threads = analysis.model.threadsBlock?.threads ?? [];
    cards = {
      analysis,
      model: analysis.model,
      cards: buildThreadCards(analysis.model, analysis.problems, (thread) => analysis.counts.forThread(thread)),
      platformNames: threads.map((thread) => platformProfile(analysis.counts.platformOf(thread)).displayName),
    };
    built.set(analysis, cards);
  }
  return cards;
}
