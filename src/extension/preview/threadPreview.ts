import * as vscode from 'vscode';
import { isPostDocument } from '../documentSelector';
import type { PreviewState } from '../../protocol';
import type { PostAnalyses } from '../postAnalyses';
import { ThreadPreviewPanel, type PreviewPanelView } from './threadPreviewPanel';

/** What the test API reads about the preview. */
export interface ThreadPreviewObserver {
  readonly isOpen: boolean;
  /** The document the panel shows, if it is open. */
  readonly documentUri: vscode.Uri | undefined;
  readonly view: PreviewPanelView;
  /** Fires when the panel opens or closes, sends a model, or moves the highlight. */
  readonly onDidChange: vscode.Event<void>;
}

/**
 * Owns the one thread preview panel: the Open Thread Preview command, the serializer that restores
 * the panel after a window reload, and the switch to whichever markdown editor becomes active.
 */
export class ThreadPreview implements vscode.Disposable, ThreadPreviewObserver {
  private panel: ThreadPreviewPanel | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyses: PostAnalyses,
  ) {
    this.subscriptions = [
      this.changeEmitter,
      vscode.commands.registerCommand('threadwright.openPreview', () => this.createOrShow()),
      vscode.window.registerWebviewPanelSerializer(ThreadPreviewPanel.viewType, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.revive(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor !== undefined && isPostDocument(editor.document)) this.panel?.follow(editor.document);
      }),
    ];
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  get documentUri(): vscode.Uri | undefined {
    return this.panel?.documentUri;
  }

  get view(): PreviewPanelView {
    return this.panel?.view ?? {};
  }

  /** Shows the preview of the active markdown editor beside it, reusing the panel when one is open. */
  createOrShow(): void {
    const editor = vscode.window.activeTextEditor;
    const document = editor !== undefined && isPostDocument(editor.document) ? editor.document : undefined;
    if (this.panel !== undefined) {
      this.panel.show(document);
      this.panel.reveal();
      return;
    }
    this.adopt(ThreadPreviewPanel.create(this.services(), document));
  }

  /** Restores the panel VS Code kept across a window reload. */
  async revive(webviewPanel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    this.panel?.dispose();
    this.adopt(await ThreadPreviewPanel.revive(this.services(), webviewPanel, state));
  }

  private adopt(panel: ThreadPreviewPanel): void {
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
      this.changeEmitter.fire();
    });
    this.changeEmitter.fire();
  }

  private services() {
    return { extensionUri: this.extensionUri, analyses: this.analyses, onDidChangeView: () => this.changeEmitter.fire() };
  }

  dispose(): void {
    this.panel?.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** Registers the thread preview: its command, its serializer and the panel it keeps. */
export function registerThreadPreview(extensionUri: vscode.Uri, analyses: PostAnalyses): ThreadPreview {
  return new ThreadPreview(extensionUri, analyses);
}
