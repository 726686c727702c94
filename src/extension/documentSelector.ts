import type * as vscode from 'vscode';

/**
 * Where a writer's posts live: files on disk, unsaved editors, remote and virtual workspaces (github.dev,
 * vscode.dev, VS Code for the Web's test mount). Everything else — `git:` diff sides, `output:`, previews of
 * other extensions — is a view of text, not a post being written, and gets no Threadwright feature.
 */
export const SUPPORTED_SCHEMES: readonly string[] = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'vscode-userdata'];

/** The one selector every Threadwright language feature registers with. */
export const POST_SELECTOR: vscode.DocumentFilter[] = SUPPORTED_SCHEMES.map((scheme) => ({ language: 'markdown', scheme }));

/** True for a Markdown document of a supported scheme: the check behind every event-driven feature. */
export function isPostDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && SUPPORTED_SCHEMES.includes(document.uri.scheme);
}
