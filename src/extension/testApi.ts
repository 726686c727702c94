import * as vscode from 'vscode';
import type { LanguageStatusView } from './languageStatus';
import { isAnalysed, type PostAnalyses } from './postAnalyses';
import type { PostLengthStatus } from './postLengthStatus';
import type { ThreadPreviewObserver } from './preview/threadPreview';

/** What the extension exports for its integration tests: the analysis of a document as plain data. */
export interface ThreadwrightTestApi {
  analysisOf(uri: vscode.Uri): { threads: { title: string; posts: { label: string; length: number }[] }[] } | undefined;
  /** The post-length status bar item's text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** The status bar item's tooltip, as Markdown source. */
  statusBarTooltip(): string | undefined;
  /** The thread preview: whether it is open, which document it shows, and the model it last sent. */
  preview: ThreadPreviewObserver;
  /** What the Markdown language status items say for the active post. */
  languageStatus: LanguageStatusView;
}

/** Builds the exported test API over the shared analyses and the features that show them. */
export function createTestApi(analyses: PostAnalyses, status: PostLengthStatus, preview: ThreadPreviewObserver, languageStatus: LanguageStatusView): ThreadwrightTestApi {
  return {
    preview,
    languageStatus,
    statusBarText: () => status.text(),
    statusBarTooltip: () => status.tooltip(),
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
