import * as vscode from 'vscode';
import type { FrontMatterOptions } from '../core/frontMatter/check';
import { compileUserSchema, type UserSchema } from '../core/frontMatter/schema';
import { Disposable, disposeAll } from './dispose';
import type { FrontMatterSettings } from './settings';
import { WorkspaceSnapshot } from './workspaceSnapshot';

/** A schema file read for one workspace folder: compiled, unusable, or still being read. */
interface LoadedSchema {
  schema?: UserSchema;
  watcher: vscode.FileSystemWatcher;
}

/**
 * Everything front matter checks need beyond the text: the writer's schema (read as JSON from the file the
 * folder's settings or `.threadwright.json` name, only in a trusted workspace) and a snapshot of each
 * workspace folder. Fires `onDidChange` when any of it changes, so analyses are redone instead of shown stale.
 */
export class FrontMatterContext extends Disposable {
  private readonly snapshots = new Map<string, WorkspaceSnapshot>();
  /** By folder, schema path and mode: each workspace folder has its own schema. */
  private readonly schemas = new Map<string, LoadedSchema>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());

  /** Fires when a schema or what the snapshots know changes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => {
      this.forgetFolders();
      this.changed.fire();
    }));
  }

  /** The options the core checks a document's front matter with, from the settings of its workspace folder. */
  optionsFor(document: vscode.TextDocument, settings: FrontMatterSettings): FrontMatterOptions {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return {
      preset: settings.preset,
      userSchema: folder === undefined || settings.schemaPath === undefined ? undefined : this.schemaFor(folder, { ...settings, schemaPath: settings.schemaPath }),
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

  /** The folder's compiled schema; the first call starts reading it (undefined until then, or when it is unusable). */
  private schemaFor(folder: vscode.WorkspaceFolder, settings: FrontMatterSettings & { schemaPath: string }): UserSchema | undefined {
    const key = `${folder.uri.toString()}\n${settings.schemaPath}\n${settings.schemaReplacesPreset}`;
    const known = this.schemas.get(key);
    if (known !== undefined) return known.schema;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, settings.schemaPath));
    const reload = () => {
      this.schemas.get(key)?.watcher.dispose();
      this.schemas.delete(key);
      this.changed.fire();
    };
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    const loaded: LoadedSchema = { watcher };
    this.schemas.set(key, loaded);
    void this.load(vscode.Uri.joinPath(folder.uri, settings.schemaPath), settings).then((schema) => {
      if (this.schemas.get(key) !== loaded || schema === undefined) return;
      loaded.schema = schema;
      this.changed.fire();
    });
    return undefined;
  }

  /** Reads and compiles a schema file; a broken one is reported once and the preset is used. */
  private async load(uri: vscode.Uri, settings: FrontMatterSettings): Promise<UserSchema | undefined> {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      const compiled = compileUserSchema(json, settings.schemaReplacesPreset);
      if ('error' in compiled) throw new Error(compiled.error);
      return compiled;
    } catch (error) {
      void vscode.window.showWarningMessage(vscode.l10n.t("Threadwright: the front matter schema {path} cannot be used ({reason}); checking with the preset's rules only.", { path: settings.schemaPath, reason: (error as Error).message }));
      return undefined;
    }
  }

  /** Drops every folder's snapshot and schema: the folders changed, or the extension stops. */
  private forgetFolders(): void {
    disposeAll([...this.snapshots.values(), ...[...this.schemas.values()].map((loaded) => loaded.watcher)]);
    this.snapshots.clear();
    this.schemas.clear();
  }

  override dispose(): void {
    this.forgetFolders();
    super.dispose();
  }
}
