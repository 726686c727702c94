import * as vscode from 'vscode';
import { CountCache } from '../core/countCache';
import { platformProfile } from '../core/platforms';
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
  counts: CountCache;
}

/** Why a document was not analysed, for features that tell the writer so. */
export type SkippedAnalysis = { skipped: 'too-large'; size: number; limit: number };

/**
 * Parses each markdown document once per version and shares the result with every feature,
 * so the status bar, diagnostics and preview never parse the same text twice.
 */
export class PostAnalyses implements vscode.Disposable {
  private readonly latest = new Map<string, PostAnalysis>();
  private readonly countCaches = new Map<string, CountCache>();
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

  /** The settings every feature reads, as of the last change. */
  get currentSettings(): Settings {
    return this.settings;
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
    let counts = this.countCaches.get(uri);
    if (counts === undefined) {
      counts = new CountCache(platformProfile(this.settings.primaryPlatform));
      this.countCaches.set(uri, counts);
    }
    const { model, problems } = analysePost(text, this.settings, counts);
    const analysis = { uri, version: document.version, model, problems, counts };
    this.latest.set(uri, analysis);
    return analysis;
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
