import * as vscode from 'vscode';
import type { WorkspaceFacts } from '../core/frontMatter/workspace';

const MAX_REMEMBERED_PATHS = 2000;
const SETTLE_MS = 50;

/**
 * Answers the core's workspace questions (does this file exist, which layouts are there) for one workspace
 * folder, synchronously, from what it has learned with `vscode.workspace.fs`. An unknown answer starts a
 * look-up and is `undefined` until it lands; then `onDidLearn` fires so posts are checked again. A file
 * watcher forgets what changed, so answers never go stale.
 */
export class WorkspaceSnapshot implements vscode.Disposable {
  private readonly exists = new Map<string, boolean | 'pending'>();
  private layoutNames: { known: false; pending: boolean } | { known: true; names?: readonly string[] } = { known: false, pending: false };
  private readonly learned = new vscode.EventEmitter<void>();
  private readonly watcher: vscode.FileSystemWatcher;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  /** Fires (batched) when an answer arrives or a watched file changes. */
  readonly onDidLearn = this.learned.event;

  constructor(private readonly folder: vscode.WorkspaceFolder) {
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'), false, true, false);
    this.watcher.onDidCreate((uri) => this.forget(uri));
    this.watcher.onDidDelete((uri) => this.forget(uri));
  }

  /** The facts for one post of this folder, as the core's port. */
  factsFor(postUri: vscode.Uri): WorkspaceFacts {
    return {
      postPath: this.relativePath(postUri),
      fileExists: (path) => this.fileExists(path),
      layouts: () => this.layouts(),
    };
  }

  /** The layout names in `_layouts/`, or undefined when the folder does not exist or is not read yet. */
  layouts(): readonly string[] | undefined {
    if (this.layoutNames.known) return this.layoutNames.names;
    if (!this.layoutNames.pending) {
      this.layoutNames = { known: false, pending: true };
      vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(this.folder.uri, '_layouts')).then(
        (entries) => this.learn(() => {
          const names = entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name.replace(/\.[^.]*$/, ''));
          this.layoutNames = { known: true, names: [...new Set(names)].sort() };
        }),
        () => this.learn(() => (this.layoutNames = { known: true })),
      );
    }
    return undefined;
  }

  private fileExists(path: string): boolean | undefined {
    const known = this.exists.get(path);
    if (known !== undefined) return known === 'pending' ? undefined : known;
    if (this.exists.size >= MAX_REMEMBERED_PATHS) this.exists.clear();
    this.exists.set(path, 'pending');
    vscode.workspace.fs.stat(vscode.Uri.joinPath(this.folder.uri, path)).then(
      () => this.learn(() => this.exists.set(path, true)),
      () => this.learn(() => this.exists.set(path, false)),
    );
    return undefined;
  }

  private learn(update: () => void): void {
    if (this.disposed) return;
    update();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.learned.fire(), SETTLE_MS);
  }

  private forget(uri: vscode.Uri): void {
    const path = this.relativePath(uri);
    if (path === undefined) return;
    let changed = false;
    for (const known of [...this.exists.keys()]) {
      if (known === path || known.startsWith(`${path}/`)) changed = this.exists.delete(known) || changed;
    }
    if (path === '_layouts' || path.startsWith('_layouts/')) {
      this.layoutNames = { known: false, pending: false };
      changed = true;
    }
    if (changed) this.learn(() => undefined);
  }

  private relativePath(uri: vscode.Uri): string | undefined {
    const root = this.folder.uri.path.replace(/\/$/, '');
    if (uri.scheme !== this.folder.uri.scheme || uri.authority !== this.folder.uri.authority || !uri.path.startsWith(`${root}/`)) return undefined;
    return uri.path.slice(root.length + 1);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.settleTimer);
    this.watcher.dispose();
    this.learned.dispose();
    this.exists.clear();
  }
}
