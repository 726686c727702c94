import * as vscode from 'vscode';
import type { WorkspaceFacts } from '../core/frontMatter/workspace';
import { Disposable } from './dispose';

const MAX_REMEMBERED_PATHS = 2000;
/** Site configs are small; a larger file is not read as one. */
const MAX_TEXT_BYTES = 1024 * 1024;
const SETTLE_MS = 50;

/** An answer learned with `vscode.workspace.fs`, or `pending` while the look-up runs. */
type Known<T> = T | 'pending';

/**
 * Answers the core's workspace questions (does this file exist, what is in this folder, what does the
 * site config say) for one workspace folder, synchronously, from what it has learned with
 * `vscode.workspace.fs`. An unknown answer starts a look-up and is `undefined` until it lands; then
 * `onDidLearn` fires so posts are checked again. A file watcher forgets what changed, so answers never go stale.
 */
export class WorkspaceSnapshot extends Disposable {
  private readonly exists = new Map<string, Known<boolean>>();
  private readonly listings = new Map<string, Known<readonly string[] | null>>();
  private readonly texts = new Map<string, Known<string | null>>();
  private readonly learned = this._register(new vscode.EventEmitter<void>());
  private settleTimer: ReturnType<typeof setTimeout> | undefined;

  /** Fires (batched) when an answer arrives or a watched file changes. */
  readonly onDidLearn = this.learned.event;

  constructor(private readonly folder: vscode.WorkspaceFolder) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*')));
    this._register(watcher.onDidCreate((uri) => this.forget(uri, true)));
    this._register(watcher.onDidDelete((uri) => this.forget(uri, true)));
    this._register(watcher.onDidChange((uri) => this.forget(uri, false)));
    this._register({ dispose: () => clearTimeout(this.settleTimer) });
  }

  /** The facts for one post of this folder, as the core's port. */
  factsFor(postUri: vscode.Uri): WorkspaceFacts {
    return {
      postPath: this.relativePath(postUri),
      fileExists: (path) => this.fileExists(path),
      fileNames: (folder) => this.fileNames(folder),
      readText: (path) => this.readText(path),
    };
  }

  /** The layout names in `_layouts/` (extensions cut), or undefined when the folder does not exist or is not read yet. */
  layouts(): readonly string[] | undefined {
    const names = this.fileNames('_layouts');
    return names === undefined ? undefined : [...new Set(names.map((name) => name.replace(/\.[^.]*$/, '')))].sort();
  }

  private fileExists(path: string): boolean | undefined {
    return this.lookUp(this.exists, path, (uri) => vscode.workspace.fs.stat(uri).then(() => true), false);
  }

  private fileNames(folder: string): readonly string[] | undefined {
    const names = this.lookUp(this.listings, folder, (uri) => vscode.workspace.fs.readDirectory(uri).then((entries) =>
      entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name)), null);
    return names ?? undefined;
  }

  private readText(path: string): string | null | undefined {
    return this.lookUp(this.texts, path, async (uri) => {
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0 || stat.size > MAX_TEXT_BYTES) return null;
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    }, null);
  }

  /** A remembered answer, or undefined after starting the look-up; `missing` is the answer when the path is not there. */
  private lookUp<T>(cache: Map<string, Known<T>>, path: string, read: (uri: vscode.Uri) => Thenable<T>, missing: T): T | undefined {
    const known = cache.get(path);
    if (known !== undefined) return known === 'pending' ? undefined : known;
    if (cache.size >= MAX_REMEMBERED_PATHS) cache.clear();
    cache.set(path, 'pending');
    read(vscode.Uri.joinPath(this.folder.uri, path)).then(
      (answer) => this.learn(() => cache.set(path, answer)),
      () => this.learn(() => cache.set(path, missing)),
    );
    return undefined;
  }

  private learn(update: () => void): void {
    if (this.isDisposed) return;
    update();
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.learned.fire(), SETTLE_MS);
  }

  /** Forgets what a change makes stale: a file's text; on create or delete also whether it exists and its folder's listing. */
  private forget(uri: vscode.Uri, createdOrDeleted: boolean): void {
    const path = this.relativePath(uri);
    if (path === undefined) return;
    const within = (known: string) => known === path || known.startsWith(`${path}/`);
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    let changed = false;
    for (const known of [...this.texts.keys()]) if (within(known)) changed = this.texts.delete(known) || changed;
    if (createdOrDeleted) {
      for (const known of [...this.exists.keys()]) if (within(known)) changed = this.exists.delete(known) || changed;
      for (const known of [...this.listings.keys()]) if (within(known) || known === parent) changed = this.listings.delete(known) || changed;
    }
    if (changed) this.learn(() => undefined);
  }

  private relativePath(uri: vscode.Uri): string | undefined {
    const root = this.folder.uri.path.replace(/\/$/, '');
    if (uri.scheme !== this.folder.uri.scheme || uri.authority !== this.folder.uri.authority || !uri.path.startsWith(`${root}/`)) return undefined;
    return uri.path.slice(root.length + 1);
  }

  override dispose(): void {
    super.dispose();
    this.exists.clear();
    this.listings.clear();
    this.texts.clear();
  }
}
