import * as vscode from 'vscode';
import { parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig } from '../core/config/projectConfig';
import type { Problem } from '../core/post/problem';
import { LineIndex } from '../core/post/text';
import { Disposable } from './dispose';
import { toDiagnostic } from './problemDiagnostics';

/** A project file is a few lines; anything larger is not read. */
const MAX_PROJECT_FILE_BYTES = 1024 * 1024;

/**
 * Each workspace folder's `.threadwright.json`: read through `workspace.fs` (so it works in VS Code for
 * the Web too), re-read when it changes, and its problems shown as diagnostics on the file itself.
 * Its valid keys feed the settings, under whatever the writer set explicitly.
 */
export class ProjectConfigs extends Disposable {
  private readonly configs = new Map<string, ProjectConfig>();
  /** Bumped on every read of a folder's file, so a slow read never overwrites a newer one. */
  private readonly generations = new Map<string, number>();
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('threadwright-project-file'));
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());

  /** Fires when a folder's project file starts to say something different. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${PROJECT_CONFIG_FILE}`));
    const reloadIfRoot = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder !== undefined && projectFileOf(folder).toString() === uri.toString()) void this.reload(folder);
    };
    this._register(watcher.onDidCreate(reloadIfRoot));
    this._register(watcher.onDidChange(reloadIfRoot));
    this._register(watcher.onDidDelete(reloadIfRoot));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reloadAll()));
    this.reloadAll();
  }

  /** The project file's settings for a document, from the root of its workspace folder. */
  configFor(uri: vscode.Uri): ProjectConfig | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder === undefined ? undefined : this.configs.get(folder.uri.toString());
  }

  /** The `.threadwright.json` that governs a document, when its workspace folder has one. */
  projectFileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder !== undefined && this.configs.has(folder.uri.toString()) ? projectFileOf(folder) : undefined;
  }

  private reloadAll(): void {
    const open = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString()));
    for (const key of [...this.generations.keys()]) {
      if (open.has(key)) continue;
      this.generations.delete(key);
      this.configs.delete(key);
      this.diagnostics.delete(vscode.Uri.joinPath(vscode.Uri.parse(key), PROJECT_CONFIG_FILE));
    }
    for (const folder of vscode.workspace.workspaceFolders ?? []) void this.reload(folder);
  }

  private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    const uri = projectFileOf(folder);
    const read = await readProjectFile(uri);
    if (this.generations.get(key) !== generation || this.isDisposed) return;
    const previous = JSON.stringify(this.configs.get(key));
    if (read === undefined) {
      this.configs.delete(key);
      this.diagnostics.delete(uri);
    } else {
      const { config, problems } = 'failure' in read ? { config: {}, problems: [read.failure] } : parseProjectConfig(read.text);
      this.configs.set(key, config);
      const lines = new LineIndex('text' in read ? read.text : '');
      const positionAt = (offset: number) => {
        const at = lines.positionAt(offset);
        return new vscode.Position(at.line, at.column);
      };
      this.diagnostics.set(uri, problems.map((problem) => toDiagnostic({ positionAt, uri }, problem)));
    }
    // The walkthrough's last step completes when a folder has a project file.
    void vscode.commands.executeCommand('setContext', 'threadwright.hasProjectFile', this.configs.size > 0);
    if (JSON.stringify(this.configs.get(key)) !== previous) this.changeEmitter.fire();
  }
}

function projectFileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE);
}

/** The file's text, a problem saying why it cannot be used, or undefined when there is no file. */
async function readProjectFile(uri: vscode.Uri): Promise<{ text: string } | { failure: Problem } | undefined> {
  const unusable = (message: string): { failure: Problem } => ({ failure: { code: 'config/syntax', severity: 'error', message, range: { start: 0, end: 0 } } });
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_PROJECT_FILE_BYTES) return unusable(`Cannot read this file: it is over ${MAX_PROJECT_FILE_BYTES / 1024 / 1024} MB`);
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    if (error instanceof TypeError) return unusable('Cannot read this file: not valid UTF-8 text; save it as UTF-8');
    return unusable(`Cannot read this file: ${(error as Error).message}`);
  }
}
