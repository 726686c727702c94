import * as vscode from 'vscode';
import { cardAt } from '../core/preview/threadCards';
import type { FromWebview, PreviewModel, PreviewSetting, PreviewState, RenderedCard, ToWebview } from '../protocol';
import type { PostAnalyses } from './postAnalyses';
import { isAnalysed } from './postAnalyses';
import { cardById, convertToThread, copyPost, copyThread, editorOf, postOnX, revealOffset } from './previewActions';
import { fileName } from './fileName';
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
  /** Told whenever the panel sends a model or the webview reports a render (the test API listens). */
  onDidChangeView(): void;
}

/** What a panel last sent and what its webview last reported drawing. */
export interface PreviewPanelView {
  sent?: PreviewModel;
  rendered?: { revision: number; cards: RenderedCard[] };
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
    return new ThreadPreviewPanel(services, panel, document, undefined);
  }

  /** Takes over a panel VS Code restored after a window reload, with the state its webview saved. */
  static async revive(services: PreviewPanelServices, panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<ThreadPreviewPanel> {
    panel.webview.options = webviewOptions(services.extensionUri);
    let document: vscode.TextDocument | undefined;
    if (typeof state?.documentUri === 'string' && state.documentUri !== '') {
      try {
        document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.documentUri));
      } catch {
        document = undefined;
      }
    }
    return new ThreadPreviewPanel(services, panel, document, typeof state?.platform === 'string' ? state.platform : undefined);
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
  private sentVersion: number | undefined;
  private readonly currentView: PreviewPanelView = {};

  private constructor(
    private readonly services: PreviewPanelServices,
    private readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument | undefined,
    private platform: string | undefined,
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
    return this.document?.uri;
  }

  /** What the panel last sent and what the webview last drew. */
  get view(): PreviewPanelView {
    return this.currentView;
  }

  /** Brings the panel to the front without taking the focus from the editor. */
  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** Shows a document (or redraws the current one, e.g. after the post's image was added) right away. */
  show(document: vscode.TextDocument | undefined): void {
    if (document !== undefined && document !== this.document) {
      this.document = document;
      this.updateTitle();
    }
    void this.update();
  }

  /** Switches the panel to another markdown document when the writer moves to its editor. */
  follow(document: vscode.TextDocument): void {
    if (document !== this.document) this.show(document);
  }

  private isShowing(document: vscode.TextDocument): boolean {
    return this.document !== undefined && document.uri.toString() === this.document.uri.toString();
  }

  private updateTitle(): void {
    this.panel.title = this.document === undefined ? 'Thread Preview' : `Thread Preview: ${fileName(this.document.uri)}`;
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
    const document = this.liveDocument();
    const version = document?.version;
    const model = await this.builder.build({ document, platform: this.platform, revision, cursor: this.cursorOffset() });
    if (this.disposed || revision !== this.revision) return;
    this.sentVersion = version;
    this.currentView.activePostId = model.activePostId;
    this.currentView.sent = model;
    this.post({ type: 'update', model });
    this.services.onDidChangeView();
  }

  /** The open document with the shown URI: after a file is closed and reopened, VS Code hands out a new object. */
  private liveDocument(): vscode.TextDocument | undefined {
    const shown = this.document;
    if (shown === undefined || !shown.isClosed) return shown;
    this.document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === shown.uri.toString()) ?? shown;
    return this.document;
  }

  private showCursor(editor: vscode.TextEditor): void {
    const sent = this.currentView.sent;
    if (sent === undefined || this.sentVersion !== editor.document.version) return;
    const postId = cardAt(sent.threads, editor.document.offsetAt(editor.selection.active))?.id;
    if (postId === this.currentView.activePostId) return;
    this.currentView.activePostId = postId;
    this.post({ type: 'activePost', postId });
    this.services.onDidChangeView();
  }

  private cursorOffset(): number | undefined {
    const document = this.liveDocument();
    if (document === undefined) return undefined;
    const editor = editorOf(document);
    return editor === undefined ? undefined : document.offsetAt(editor.selection.active);
  }

  private onMessage(message: FromWebview): void {
    const sent = this.currentView.sent;
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        clearTimeout(this.readyTimer);
        void this.update();
        return;
      case 'rendered':
        this.currentView.rendered = { revision: message.revision, cards: message.cards };
        this.services.onDidChangeView();
        return;
      case 'selectPlatform':
        this.platform = message.platform;
        void this.update();
        return;
      case 'revealPost':
        this.revealPost(message.postId);
        return;
      case 'copyPost':
      case 'postOnX': {
        const card = cardById(sent, message.postId);
        if (card !== undefined) void CARD_ACTIONS[message.type](card);
        return;
      }
      case 'copyThread':
        if (sent !== undefined) void copyThread(sent.threads[message.threadIndex]);
        return;
      case 'convertToThread':
        void convertToThread(this.liveDocument());
        return;
      case 'openSettings':
        if (PREVIEW_SETTINGS.includes(message.setting)) void vscode.commands.executeCommand('workbench.action.openSettings', message.setting);
        return;
    }
  }

  /** Moves the cursor into a post, found again in the document's current version so typing since the last redraw does not misplace it. */
  private revealPost(postId: string): void {
    const document = this.liveDocument();
    if (document === undefined) return;
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
