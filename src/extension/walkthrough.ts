import * as vscode from 'vscode';
import { PROJECT_CONFIG_FILE } from '../core/config/projectConfig';
import type { PostAnalyses } from './postAnalyses';

/** The command behind the walkthrough's first step, which completes when it runs. */
export const OPEN_EXAMPLE_COMMAND = 'threadwright.walkthrough.openExample';
/** The command behind its last step: write a `.threadwright.json` holding the rules now in force. */
export const CREATE_PROJECT_FILE_COMMAND = 'threadwright.createProjectFile';

/**
 * The commands the Get Started walkthrough's buttons run. Its steps complete on real events (these commands,
 * the counter's Show Post Lengths, the preview, convert, a platforms setting change, a project file being read).
 */
export function registerWalkthrough(extensionUri: vscode.Uri, analyses: PostAnalyses): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', 'financial-pressures.md'));
      // An untitled copy: the writer can try every command on it and nothing in their workspace changes.
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      return vscode.window.showTextDocument(document);
    }),
    vscode.commands.registerCommand(CREATE_PROJECT_FILE_COMMAND, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (folder === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Threadwright: open a folder first; .threadwright.json lives at its root.'));
        return undefined;
      }
      const uri = vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE);
      const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
      if (!exists) {
        const settings = analyses.settingsFor(undefined);
        // `auto` (the site's own config decides) is what a project file says by leaving `preset` out.
        const { preset } = settings.frontMatter;
        const rules = { platforms: settings.platforms, ...(preset === 'auto' ? {} : { preset }) };
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(rules, null, 2)}\n`));
      }
      return vscode.window.showTextDocument(uri);
    }),
  );
}
