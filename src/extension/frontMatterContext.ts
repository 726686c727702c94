import * as vscode from 'vscode';
import type { FrontMatterOptions } from '../core/frontMatter/check';
import { compileUserSchema, type UserSchema } from '../core/frontMatter/schema';
import { onSettingsChanged, readSettings, type FrontMatterSettings } from './settings';
import { WorkspaceSnapshot } from './workspaceSnapshot';

/**
 * Everything front matter checks need beyond the text: the writer's schema (read as JSON from the file the
 * setting names, only in a trusted workspace) and a snapshot of each workspace folder. Fires `onDidChange`
 * when any of it changes, so analyses are redone instead of shown stale.
 */
export class FrontMatterContext implements vscode.Disposable {
  private readonly snapshots = new Map<string, WorkspaceSnapshot>();
  private userSchema: UserSchema | undefined;
  private schemaWatcher: vscode.FileSystemWatcher | undefined;
  private loadGeneration = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires when the user's schema or what the snapshots know changes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.subscriptions = [
      this.changed,
      onSettingsChanged(() => void this.loadSchema()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.loadSchema()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.snapshots.forEach((snapshot) => snapshot.dispose());
        this.snapshots.clear();
        void this.loadSchema();
      }),
    ];
    void this.loadSchema();
  }

  /** The options the core checks a document's front matter with. */
  optionsFor(document: vscode.TextDocument, settings: FrontMatterSettings): FrontMatterOptions {
    return {
      preset: settings.preset,
      userSchema: this.userSchema,
      titleMaxLength: settings.titleMaxLength,
      descriptionMaxLength: settings.descriptionMaxLength,
      // VS Code keeps a UTF-8 byte order mark out of the text and reports it as the encoding (VS Code 1.100+).
      fileHasBom: (document as { encoding?: string }).encoding === 'utf8bom',
      workspace: this.snapshotFor(document.uri)?.factsFor(document.uri),
    };
  }

  /** The snapshot of the workspace folder a document belongs to. */
  snapshotFor(uri: vscode.Uri): WorkspaceSnapshot | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder === undefined) return undefined;
    const key = folder.uri.toString();
    let snapshot = this.snapshots.get(key);
    if (snapshot === undefined) {
      snapshot = new WorkspaceSnapshot(folder);
      snapshot.onDidLearn(() => this.changed.fire());
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }

  /** Reads and compiles the schema the setting names; a broken one is reported once and the preset is used. */
  private async loadSchema(): Promise<void> {
    const generation = ++this.loadGeneration;
    const settings = readSettings().frontMatter;
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.schemaWatcher?.dispose();
    this.schemaWatcher = undefined;
    let schema: UserSchema | undefined;
    if (settings.schemaPath !== '' && folder !== undefined) {
      const uri = vscode.Uri.joinPath(folder.uri, settings.schemaPath);
      this.schemaWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, settings.schemaPath));
      this.schemaWatcher.onDidChange(() => void this.loadSchema());
      this.schemaWatcher.onDidCreate(() => void this.loadSchema());
      this.schemaWatcher.onDidDelete(() => void this.loadSchema());
      try {
        const json: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
        const compiled = compileUserSchema(json, settings.schemaReplacesPreset);
        if ('error' in compiled) throw new Error(compiled.error);
        schema = compiled;
      } catch (error) {
        if (generation === this.loadGeneration) {
          void vscode.window.showWarningMessage(`Threadwright: the front matter schema ${settings.schemaPath} cannot be used (${(error as Error).message}); checking with the ${settings.preset} preset only.`);
        }
      }
    }
    if (generation !== this.loadGeneration) return;
    const before = this.userSchema;
    this.userSchema = schema;
    if (before !== schema) this.changed.fire();
  }

  dispose(): void {
    this.loadGeneration++;
    this.schemaWatcher?.dispose();
    this.snapshots.forEach((snapshot) => snapshot.dispose());
    this.snapshots.clear();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
