import * as vscode from 'vscode';
import type { TextRange } from '../core/post/text';

/** A quick pick item that stands for a range of the document: the editor shows that range while the item is active. */
export interface RangeItem extends vscode.QuickPickItem {
  shows: TextRange;
}

interface RangePickOptions {
  title: string;
  placeholder: string;
  canPickMany?: boolean;
}

/**
 * Shows a quick pick whose active item shows its range in the editor, selected and revealed, the way Go to
 * Symbol shows a symbol, so the writer sees what a choice covers before making it. The writer's selection
 * and scroll position come back when the pick closes. Resolves to the accepted items, undefined when dismissed.
 */
export function pickShowingRanges<T extends RangeItem>(editor: vscode.TextEditor | undefined, items: readonly T[], options: RangePickOptions): Promise<readonly T[] | undefined> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  pick.canSelectMany = options.canPickMany === true;
  pick.items = items;
  if (pick.canSelectMany) pick.selectedItems = items.filter((item) => item.picked === true);
  const view = editor === undefined ? undefined : { selections: editor.selections, top: editor.visibleRanges[0], version: editor.document.version };
  const showRange = (item: T | undefined) => {
    // Once the document has changed, the items' ranges no longer say where their text is.
    if (editor === undefined || item === undefined || editor.document.version !== view?.version) return;
    const start = editor.document.positionAt(item.shows.start);
    editor.selection = new vscode.Selection(start, editor.document.positionAt(item.shows.end));
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  return new Promise((resolve) => {
    let accepted: readonly T[] | undefined;
    const listeners = [
      pick.onDidChangeActive((active) => showRange(active[0])),
      pick.onDidAccept(() => {
        accepted = pick.canSelectMany ? pick.selectedItems : pick.activeItems;
        pick.hide();
      }),
      pick.onDidHide(() => {
        if (editor !== undefined && view !== undefined) {
          editor.selections = view.selections;
          if (view.top !== undefined) editor.revealRange(view.top, vscode.TextEditorRevealType.AtTop);
        }
        listeners.forEach((listener) => listener.dispose());
        pick.dispose();
        resolve(accepted);
      }),
    ];
    pick.show();
    showRange(items[0]);
  });
}
