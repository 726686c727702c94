import * as vscode from 'vscode';
import { taxonomiesOf, type PostTaxonomies } from '../core/frontMatter/taxonomies';

const POSTS_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/_site/**,**/public/**}';
/** At most this many posts are indexed, and none larger than this, so a huge workspace costs little. */
const MAX_POSTS = 500;
const MAX_POST_BYTES = 512 * 1024;
const REREAD_DELAY_MS = 300;

/** A category or tag with the number of posts that use it. */
export interface TaxonomyTerm {
  term: string;
  posts: number;
}

/**
 * The categories and tags the workspace's posts use, built the first time completions need them, capped,
 * and kept up to date by a file watcher (a changed post is re-read, a deleted one forgotten).
 */
export class TaxonomyIndex implements vscode.Disposable {
  private readonly byPost = new Map<string, PostTaxonomies>();
  private building: Promise<void> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private disposed = false;

  /** The terms other posts use for `categories` or `tags`, most used first. */
  async terms(kind: keyof PostTaxonomies, except: vscode.Uri): Promise<TaxonomyTerm[]> {
    this.building ??= this.build();
    await this.building;
    const counts = new Map<string, number>();
    for (const [uri, taxonomies] of this.byPost) {
      if (uri === except.toString()) continue;
      for (const term of new Set(taxonomies[kind])) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return [...counts].map(([term, posts]) => ({ term, posts })).sort((a, b) => b.posts - a.posts || a.term.localeCompare(b.term));
  }

  private async build(): Promise<void> {
    this.watcher = vscode.workspace.createFileSystemWatcher(POSTS_GLOB);
    this.watcher.onDidCreate((uri) => this.rereadSoon(uri));
    this.watcher.onDidChange((uri) => this.rereadSoon(uri));
    this.watcher.onDidDelete((uri) => this.byPost.delete(uri.toString()));
    const uris = await vscode.workspace.findFiles(POSTS_GLOB, EXCLUDE_GLOB, MAX_POSTS);
    await Promise.all(uris.map((uri) => this.read(uri)));
  }

  private rereadSoon(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.read(uri);
    }, REREAD_DELAY_MS));
  }

  private async read(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (!this.byPost.has(key) && this.byPost.size >= MAX_POSTS) return;
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > MAX_POST_BYTES) return;
      const taxonomies = taxonomiesOf(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      if (!this.disposed) this.byPost.set(key, taxonomies);
    } catch {
      this.byPost.delete(key);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.timers.forEach(clearTimeout);
    this.timers.clear();
    this.watcher?.dispose();
    this.byPost.clear();
  }
}
