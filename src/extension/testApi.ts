import * as vscode from 'vscode';
import type { InlineCounts } from './inlineCounts';
import type { LanguageStatusView } from './languageStatus';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import type { PostLengthStatus } from './postLengthStatus';
import type { ThreadPreviewObserver } from './threadPreview';

/** What the extension exports for its integration tests: the analysis of a document as plain data. */
export interface ThreadwrightTestApi {
  analysisOf(uri: vscode.Uri): { threads: { title: string; posts: { label: string; length: number }[] }[] } | undefined;
  /** The post-length status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** The status bar item's tooltip, as Markdown source. */
  statusBarTooltip(): string | undefined;
  /** The inline counts last drawn after the posts of a document, in document order. */
  inlineCountsOf(uri: vscode.Uri): string[];
  /** The thread preview: whether it is open, the model it last sent, and what its webview last drew. */
  preview: ThreadPreviewObserver;
  /** What the Markdown language status items say for the active post. */
  languageStatus: LanguageStatusView;
}

/** Builds the exported test API over the shared analyses and the features that show them. */
export function createTestApi(analyses: PostAnalyses, status: PostLengthStatus, inlineCounts: InlineCounts, preview: ThreadPreviewObserver, languageStatus: LanguageStatusView): ThreadwrightTestApi {
  return {
    preview,
    languageStatus,
    statusBarText: () => status.text(),
    statusBarTooltip: () => status.tooltip(),
    inlineCountsOf: (uri) => inlineCounts.hintsOf(uri),
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
            length: analysis.counts.forThread(thread).measure(post.text).length,
          })),
        })),
      };
    },
  };
}
