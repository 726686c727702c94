import * as vscode from 'vscode';

/**
 * Opens a web address exactly as written. `vscode.env.openExternal` takes a string as well as a `Uri` (its typings
 * name only `Uri`) and then opens it unchanged, where a `Uri` would be re-encoded and turn `%26` in a post's text back
 * into `&`. Exists so X's composer links reach the browser as Threadwright built them.
 */
export function openExternalAddress(address: string): Thenable<boolean> {
  const openExternal = vscode.env.openExternal as (target: vscode.Uri | string) => Thenable<boolean>;
  return openExternal.call(vscode.env, address);
}
