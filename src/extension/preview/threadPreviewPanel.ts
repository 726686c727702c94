import * as vscode from 'vscode';
import { isPlatformId, type PlatformId } from '../../core/count/platforms';
import { staleActionReason } from '../../core/preview/staleAction';
import { cardAt } from '../../core/preview/threadCards';
import type { FromWebview, PostAction, PreviewModel, PreviewSetting, PreviewState, ToWebview } from '../../protocol';
import type { PostAnalyses } from '../postAnalyses';
import { isAnalysed } from '../postAnalyses';
import { cardById, convertToThread, copyPost, copyThread, editorOf, openDocument, postOnX, publishThread, revealOffset } from './previewActions';
import { fileName } from '../fileName';
import { PreviewModelBuilder } from './previewModel';

/** How long the preview waits after a keystroke before it redraws: calm while typing, live when paused. */
export const PREVIEW_DELAY_MS = 200;

/** How long a webview may take to start before the writer is told why it may not (a browser blocking it). */
const WEBVIEW_START_MS = 15_000;

const WEBVIEW_BLOCKED = vscode.l10n.t('Threadwright: the thread preview did not load. In VS Code for the Web, webviews are served from another origin and show only when the browser allows third-party cookies for this site (Chrome: Settings › Privacy and security › Third-party cookies › allow [*.]localhost, or the site you use). Allow them, then reload the window.');

const CARD_ACTIONS = { copyPost, postOnX };
/** The only settings a webview message may open, whatever the message says. */
const PREVIEW_SETTINGS: readonly PreviewSetting[] = ['threadwright.platforms', 'threadwright.preview'];

/** What every preview panel needs from the extension. */
export interface PreviewPanelServices {
  extensionUri: vscode.Uri;
  analyses: PostAnalyses;
  /** Told whenever the panel sends a model or moves the highlight (the test API listens). */
  onDidChangeView(): void;
}

/** What a panel last sent to its webview. */
export interface PreviewPanelView {
  sent?: PreviewModel;
  /** The card highlighted because the editor's cursor is in its post. */
  activePostId?: string;
}

/**
 * The thread preview: one webview panel beside the editor that follows a markdown document,
 * redraws its threads as cards while the writer types, and runs the cards' actions.
 */
export class ThreadPreviewPanel implements vscode.Disposable {
  static readonly viewType = 'threadwright.preview';

  /** Opens a new panel beside the active editor, showing `document`. */
  static create(services: PreviewPanelServices, document: vscode.TextDocument | undefined): ThreadPreviewPanel {
    const panel = vscode.window.createWebviewPanel(
      ThreadPreviewPanel.viewType,
      'Thread Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...webviewOptions(services.extensionUri), enableFindWidget: true },
    );
    return new ThreadPreviewPanel(services, panel, document?.uri, undefined);
  }

  /** Takes over a panel VS Code restored after a window reload, with the state its webview saved. */
  static async revive(services: PreviewPanelServices, panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<ThreadPreviewPanel> {
    panel.webview.options = webviewOptions(services.extensionUri);
    const documentUri = typeof state?.documentUri === 'string' && state.documentUri !== '' ? vscode.Uri.parse(state.documentUri) : undefined;
    const platform = typeof state?.platform === 'string' && isPlatformId(state.platform) ? state.platform : undefined;
    return new ThreadPreviewPanel(services, panel, documentUri, platform);
  }

  private readonly builder: PreviewModelBuilder;
  private readonly subscriptions: vscode.Disposable[];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  /** Fires once, when the panel is closed or disposed. */
  readonly onDidDispose = this.disposeEmitter.event;
  private webviewReady = false;
  private disposed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readyTimer: ReturnType<typeof setTimeout> | undefined;
  private revision = 0;
  private readonly currentView: PreviewPanelView = {};

  private constructor(
    private readonly services: PreviewPanelServices,
    private readonly panel: vscode.WebviewPanel,
    private shownUri: vscode.Uri | undefined,
    private platform: PlatformId | undefined,
  ) {
    this.builder = new PreviewModelBuilder(services.analyses, panel.webview);
    panel.webview.html = previewHtml(panel.webview, services.extensionUri);
    this.subscriptions = [
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isShowing(event.document) && event.contentChanges.length > 0) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (this.isShowing(event.textEditor.document)) this.showCursor(event.textEditor);
      }),
      services.analyses.onDidChangeSettings(() => this.scheduleUpdate()),
    ];
    this.updateTitle();
    this.readyTimer = setTimeout(() => {
      if (!this.webviewReady && !this.disposed) void vscode.window.showWarningMessage(WEBVIEW_BLOCKED);
    }, WEBVIEW_START_MS);
  }

  /** The document the panel shows. */
  get documentUri(): vscode.Uri | undefined {
    return this.shownUri;
  }

  /** What the panel last sent to its webview. */
  get view(): PreviewPanelView {
    return this.currentView;
  }

  /** Brings the panel to the front without taking the focus from the editor. */
  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Shows a document (or redraws the current one, e.g. after the post's image was added) right away. */
  show(document: vscode.TextDocument | undefined): void {
    if (document !== undefined && !this.isShowing(document)) {
      this.shownUri = document.uri;
      this.updateTitle();
    }
    void this.update();
  }

  /** Switches the panel to another markdown document when the writer moves to its editor. */
  follow(document: vscode.TextDocument): void {
    if (!this.isShowing(document)) this.show(document);
  }

  private isShowing(document: vscode.TextDocument): boolean {
    return this.shownUri !== undefined && document.uri.toString() === this.shownUri.toString();
  }

  /** The shown document while it is open in the editor (VS Code hands out a new object each time a file is reopened). */
  private openShownDocument(): vscode.TextDocument | undefined {
    return this.shownUri === undefined ? undefined : vscode.workspace.textDocuments.find((candidate) => this.isShowing(candidate));
  }

  private updateTitle(): void {
    this.panel.title = this.shownUri === undefined ? 'Thread Preview' : `Thread Preview: ${fileName(this.shownUri)}`;
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), PREVIEW_DELAY_MS);
  }

  /** Builds the model of the document's current version and sends it; a newer update supersedes an older one. */
  private async update(): Promise<void> {
    clearTimeout(this.timer);
    if (this.disposed || !this.webviewReady) return;
    const revision = ++this.revision;
    const document = this.openShownDocument() ?? (this.shownUri === undefined ? undefined : await openDocument(this.shownUri));
    if (this.disposed || revision !== this.revision) return;
    const model = await this.builder.build({ document, platform: this.platform, revision, cursor: this.cursorOffset(document) });
    if (this.disposed || revision !== this.revision) return;
    this.currentView.activePostId = model.activePostId;
    this.currentView.sent = model;
    this.post({ type: 'update', model });
    this.services.onDidChangeView();
  }

  private showCursor(editor: vscode.TextEditor): void {
    const sent = this.currentView.sent;
    if (sent === undefined || sent.documentVersion !== editor.document.version) return;
    const postId = cardAt(sent.threads, editor.document.offsetAt(editor.selection.active))?.id;
    if (postId === this.currentView.activePostId) return;
    this.currentView.activePostId = postId;
    this.post({ type: 'activePost', postId });
    this.services.onDidChangeView();
  }

  private cursorOffset(document: vscode.TextDocument | undefined): number | undefined {
    if (document === undefined) return undefined;
    const editor = editorOf(document);
    return editor === undefined ? undefined : document.offsetAt(editor.selection.active);
  }

  private onMessage(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        clearTimeout(this.readyTimer);
        void this.update();
        return;
      case 'selectPlatform':
        if (isPlatformId(message.platform)) {
          this.platform = message.platform;
          void this.update();
        }
        return;
      case 'openSettings':
        if (PREVIEW_SETTINGS.includes(message.setting)) void vscode.commands.executeCommand('workbench.action.openSettings', message.setting);
        return;
      default:
        this.onPostAction(message);
    }
  }

  /** Runs an action clicked on a card or a thread, unless the page drew it from another document or version than the one open now. */
  private onPostAction(action: PostAction): void {
    const document = this.openShownDocument();
    const reason = staleActionReason(action, { uri: this.shownUri?.toString(), version: document?.version });
    const sent = this.currentView.sent;
    if (reason !== undefined || document === undefined || sent === undefined) {
      void vscode.window.showWarningMessage(reason === 'other-document'
        ? vscode.l10n.t('Threadwright: the preview now shows another post. Try again.')
        : vscode.l10n.t('Threadwright: the post changed since the preview was drawn. Try again.'));
      return;
    }
    switch (action.type) {
      case 'revealPost':
        this.revealPost(document, action.postId);
        return;
      case 'copyPost':
      case 'postOnX': {
        const card = cardById(sent, action.postId);
        if (card !== undefined) void CARD_ACTIONS[action.type](card);
        return;
      }
      case 'copyThread':
        void copyThread(sent.threads[action.threadIndex]);
        return;
      case 'publishThread':
        if (sent.threads[action.threadIndex] !== undefined) void publishThread(document, action.threadIndex);
        return;
      case 'convertToThread':
        void convertToThread(document);
        return;
    }
  }

  /** Moves the cursor into a post, right after its label. */
  private revealPost(document: vscode.TextDocument, postId: string): void {
    const analysis = this.services.analyses.analyse(document);
    if (!isAnalysed(analysis)) return;
    const [threadIndex, postIndex] = postId.split(':').map(Number);
    const post = analysis.model.threadsBlock?.threads[threadIndex]?.posts[postIndex];
    // After the label and its space, so what the writer types goes into the post's text.
    if (post !== undefined) void revealOffset(document, Math.min(post.label.range.end + 1, post.range.end));
  }

  private post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.readyTimer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.panel.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
  }
}

function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri)],
  };
}

function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const nonce = newNonce();
  const policy = `default-src 'none'; img-src ${webview.cspSource}; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('preview.css')}">
<title>Thread Preview</title>
</head>
<body>
<main id="preview" aria-label="Thread preview"></main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
