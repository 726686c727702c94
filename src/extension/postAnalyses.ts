import * as vscode from 'vscode';
import { PlatformCounts } from '../core/countCache';
import { analysePost } from '../core/analysis';
import type { PostModel } from '../core/postModel';
import type { Problem } from '../core/problems';
import { onSettingsChanged, readSettings, type Settings } from './settings';

/** One document's analysis at one version: the model and the problems every feature shows. */
export interface PostAnalysis {
  uri: string;
  version: number;
  model: PostModel;
  problems: Problem[];
  counts: PlatformCounts;
}

/** Why a document was not analysed, for features that tell the writer so. */
export type SkippedAnalysis = { skipped: 'too-large'; size: number; limit: number };

/**
 * Parses each markdown document once per version and shares the result with every feature,
 * so the status bar, diagnostics and preview never parse the same text twice.
 */
export class PostAnalyses implements vscode.Disposable {
  private readonly latest = new Map<string, PostAnalysis>();
  private readonly countCaches = new Map<string, PlatformCounts>();
  private settings: Settings = readSettings();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires when settings change, so features re-analyse their documents. */
  readonly onDidChangeSettings = this.changeEmitter.event;

  constructor() {
    this.subscriptions = [
      this.changeEmitter,
      onSettingsChanged(() => {
        this.settings = readSettings();
        this.latest.clear();
        this.countCaches.clear();
        this.changeEmitter.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    ];
  }

  /** The analysis of a document's current version, computed only if the version changed. */
  analyse(document: vscode.TextDocument): PostAnalysis | SkippedAnalysis {
    const uri = document.uri.toString();
    const cached = this.latest.get(uri);
    if (cached !== undefined && cached.version === document.version) return cached;
    const text = document.getText();
    if (text.length > this.settings.maxDocumentSize) {
      this.forget(document.uri);
      return { skipped: 'too-large', size: text.length, limit: this.settings.maxDocumentSize };
    }
    const counts = this.countsFor(document);
    const { model, problems } = analysePost(text, this.settings, counts);
    const analysis = { uri, version: document.version, model, problems, counts };
    this.latest.set(uri, analysis);
    return analysis;
  }

  /**
   * The latest analysis already made for a document, possibly of an older version; never parses. The status bar
   * uses it only to know which thread (and so which platform) a line belongs to.
   */
  lastAnalysis(document: vscode.TextDocument): PostAnalysis | undefined {
    return this.latest.get(document.uri.toString());
  }

  /** The document's per-platform count caches, shared by the analysis and the keystroke path. */
  countsFor(document: vscode.TextDocument): PlatformCounts {
    const uri = document.uri.toString();
    let counts = this.countCaches.get(uri);
    if (counts === undefined) {
      counts = new PlatformCounts(this.settings.platforms, { mastodonLimit: this.settings.mastodonLimit });
      this.countCaches.set(uri, counts);
    }
    return counts;
  }

  /** The settings every feature reads, as of the last change. */
  get currentSettings(): Settings {
    return this.settings;
  }

  private forget(uri: vscode.Uri): void {
    this.latest.delete(uri.toString());
    this.countCaches.delete(uri.toString());
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.latest.clear();
    this.countCaches.clear();
  }
}

/** Tells a real analysis from a skipped one. */
export function isAnalysed(result: PostAnalysis | SkippedAnalysis): result is PostAnalysis {
  return !('skipped' in result);
}
