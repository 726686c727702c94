import * as vscode from 'vscode';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import type { ThreadPreviewObserver } from './threadPreview';

/** What the extension exports for its integration tests: the analysis of a document as plain data. */
export interface ThreadwrightTestApi {
  analysisOf(uri: vscode.Uri): { threads: { title: string; posts: { label: string; length: number }[] }[] } | undefined;
  /** The thread preview: whether it is open, the model it last sent, and what its webview last drew. */
  preview: ThreadPreviewObserver;
}

/** Builds the exported test API over the shared analyses. */
export function createTestApi(analyses: PostAnalyses, preview: ThreadPreviewObserver): ThreadwrightTestApi {
  return {
    preview,
    analysisOf(uri) {
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
      if (document === undefined) return undefined;
      const analysis = analyses.analyse(document);
      if (!isAnalysed(analysis)) return undefined;
      return {
        threads: (analysis.model.threadsBlock?.threads ?? []).map((thread) => ({
          title: thread.title,
          posts: thread.posts.map((post) => ({
            label: `${post.label.number}/${post.label.total}`,
            length: analysis.counts.measure(post.text).length,
          })),
        })),
      };
    },
  };
}
