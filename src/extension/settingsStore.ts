import * as vscode from 'vscode';
import { optionsDiffer } from '../core/config/resolveOptions';
import { Disposable } from './dispose';
import type { ProjectConfigs } from './projectConfig';
import { onSettingsChanged, readSettings, type Settings } from './settings';

/**
 * The resolved options of each workspace folder (its settings read with the folder's scope, under its own
 * `.threadwright.json`), kept apart from the analyses. `onDidChange` fires only when what a folder resolves to
 * really changes, so an unrelated setting, the same value written again or a reformatted project file redo nothing.
 */
export class SettingsStore extends Disposable {
  /** Keyed by folder URI; '' for documents outside every workspace folder. */
  private readonly byFolder = new Map<string, Settings>();
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());

  /** Fires after the resolved options of a folder that was asked for have changed. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly projectConfigs: ProjectConfigs) {
    super();
    const refresh = () => this.refresh();
    this._register(onSettingsChanged(refresh));
    this._register(projectConfigs.onDidChange(refresh));
    // A schema path applies only once the workspace is trusted.
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(refresh));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(refresh));
  }

  /** The options of a document's workspace folder (the defaults' and user settings' when it has none). */
  settingsFor(document: { uri: vscode.Uri } | undefined): Settings {
    const folder = document === undefined ? undefined : vscode.workspace.getWorkspaceFolder(document.uri);
    const key = folder?.uri.toString() ?? '';
    let settings = this.byFolder.get(key);
    if (settings === undefined) {
      settings = this.resolve(folder);
      this.byFolder.set(key, settings);
    }
    return settings;
  }

  private resolve(folder: vscode.WorkspaceFolder | undefined): Settings {
    return readSettings(folder?.uri, folder === undefined ? {} : this.projectConfigs.configFor(folder.uri));
  }

  /** Resolves every known folder again and tells the features only if one of them now resolves differently. */
  private refresh(): void {
    const folders = new Map((vscode.workspace.workspaceFolders ?? []).map((folder) => [folder.uri.toString(), folder]));
    let changed = false;
    for (const [key, previous] of [...this.byFolder]) {
      const folder = folders.get(key);
      if (key !== '' && folder === undefined) {
        this.byFolder.delete(key);
        changed = true;
        continue;
      }
      const next = this.resolve(folder);
      if (!optionsDiffer(previous, next)) continue;
      this.byFolder.set(key, next);
      changed = true;
    }
    if (changed) this.changeEmitter.fire();
  }
}
