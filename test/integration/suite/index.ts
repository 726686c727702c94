// Every integration test file, loaded after mocha is set up by the host's entry.
import * as vscode from 'vscode';
import './activation.test';
import './threadDiagnostics.test';
import './largeDocument.test';
import './postLengthStatus.test';
import './numbering.test';
import './projectConfig.test';
import './frontMatter.test';
import './threadPreview.test';
import './convert.test';
import './splitJoin.test';
import './realSites.test';
import './publish.test';
import './verdicts.test';
import './outlineAndFolding.test';
import './codeLens.test';
import './markdownPreview.test';
import './languageStatus.test';
import './documentSchemes.test';
import './projectFileSchema.test';
import './checkTask.test';
import './walkthrough.test';
import './multiRoot.test';

/**
 * The harness opens a `.code-workspace` of fresh folders; VS Code for the Web reads it from its mounted file system
 * and may start the tests before it has, with no folder yet. Every test reads the first folder, so all wait for it.
 */
async function workspaceFoldersOpened(): Promise<void> {
  while ((vscode.workspace.workspaceFolders?.length ?? 0) === 0) {
    await new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => {
        listener.dispose();
        resolve();
      });
    });
  }
}
suiteSetup(workspaceFoldersOpened);

// VS Code for the Web saves edits after a delay by default; a test's edit must never reach the file the next test reads.
suiteSetup(() => vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global));
