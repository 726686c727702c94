import * as vscode from 'vscode';
import { PlatformCounts } from '../core/count/countCache';
import { analysePost } from '../core/checks/analysis';
import type { FigureCache } from '../core/checks/figures';
import { updatePostModelInPlace } from '../core/post/incremental';
import type { FrontMatterReport } from '../core/frontMatter/check';
import type { PostModel } from '../core/post/postModel';
import type { Problem } from '../core/post/problem';
import { Disposable } from './dispose';
import type { FrontMatterContext } from './frontMatterContext';
import type { Settings } from './settings';
import type { SettingsStore } from './settingsStore';

/** One document's analysis at one version: the model and the problems every feature shows. */
export interface PostAnalysis {
  uri: string;
  version: number;
  model: PostModel;
  problems: Problem[];
  counts: PlatformCounts;
  frontMatter: FrontMatterReport;
  figures: FigureCache;
}

/** Why a document was not analysed, for features that tell the writer so. */
export type SkippedAnalysis = { skipped: 'too-large'; size: number; limit: number };

/**
 * Parses each markdown document once per version and shares the result with every feature,
 * so the status bar, diagnostics and preview never parse the same text twice. Options come from the
 * settings store; this class keeps only what is computed from a document's text.
 */
export class PostAnalyses extends Disposable {
  private readonly latest = new Map<string, PostAnalysis>();
  /** Each document's model, kept up to date keystroke by keystroke while the writer types inside a post. */
  private readonly typedModels = new Map<string, { version: number; model: PostModel }>();
  private readonly countCaches = new Map<string, PlatformCounts>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());

  /** Fires when a folder's options (or what the front matter checks know of the workspace) change, so features re-analyse their documents. */
  readonly onDidChangeSettings = this.changeEmitter.event;

  constructor(
    private readonly settings: SettingsStore,
    private readonly frontMatterContext: FrontMatterContext,
  ) {
    super();
    this._register(settings.onDidChange(() => {
      this.latest.clear();
      this.typedModels.clear();
      this.countCaches.clear();
      this.changeEmitter.fire();
    }));
    this._register(frontMatterContext.onDidChange(() => {
      this.latest.clear();
      this.changeEmitter.fire();
    }));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.followTyping(event)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)));
  }

  /** Updates the kept model for a keystroke inside a post, reading only that post; any other edit drops it. */
  private followTyping({ document, contentChanges }: vscode.TextDocumentChangeEvent): void {
    if (contentChanges.length === 0) return; // Only the dirty state changed.
    const uri = document.uri.toString();
    const typed = this.typedModels.get(uri);
    this.typedModels.delete(uri);
    if (typed === undefined || contentChanges.length !== 1 || typed.version !== document.version - 1) return;
    const [change] = contentChanges;
    const slice = (start: number, end: number) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
    const model = updatePostModelInPlace(typed.model, slice, { start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text });
    if (model !== undefined) this.typedModels.set(uri, { version: document.version, model });
  }

  /** The analysis of a document's current version, computed only if the version changed. */
  analyse(document: vscode.TextDocument): PostAnalysis | SkippedAnalysis {
    const uri = document.uri.toString();
    const cached = this.latest.get(uri);
    if (cached !== undefined && cached.version === document.version) return cached;
    const text = document.getText();
    const settings = this.settingsFor(document);
    if (text.length > settings.maxDocumentSize) {
      this.forget(document.uri);
      return { skipped: 'too-large', size: text.length, limit: settings.maxDocumentSize };
    }
    const counts = this.countsFor(document);
    const frontMatter = this.frontMatterContext.optionsFor(document, settings.frontMatter);
    const typed = this.typedModels.get(uri);
    const result = analysePost(text, { ...settings, frontMatter }, counts, typed?.version === document.version ? typed.model : undefined, cached?.figures);
    this.typedModels.set(uri, { version: document.version, model: result.model });
    const analysis = { uri, version: document.version, ...result, counts };
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
      const settings = this.settingsFor(document);
      counts = new PlatformCounts(settings.platforms, { mastodonLimit: settings.mastodonLimit });
      this.countCaches.set(uri, counts);
    }
    return counts;
  }

  /** The options of a document's workspace folder, from the settings store. */
  settingsFor(document: vscode.TextDocument | undefined): Settings {
    return this.settings.settingsFor(document);
  }

  private forget(uri: vscode.Uri): void {
    this.latest.delete(uri.toString());
    this.typedModels.delete(uri.toString());
    this.countCaches.delete(uri.toString());
  }

  override dispose(): void {
    super.dispose();
    this.latest.clear();
    this.typedModels.clear();
    this.countCaches.clear();
  }
}

/** Tells a real analysis from a skipped one. */
export function isAnalysed(result: PostAnalysis | SkippedAnalysis): result is PostAnalysis {
  return !('skipped' in result);
}
