import * as vscode from 'vscode';
import { isPostDocument } from './documentSelector';
import { overBy } from '../core/count/platforms';
import { afterTyping } from './afterTyping';
import { isAnalysed, type PostAnalyses } from './postAnalyses';

/**
 * Draws a faint `· 247/280` right after each post's `N/M` label (red, with the verdict, when it does not fit:
 * `· 326/280 · 46 over`), from the same throttled analysis as the diagnostics, so the writer sees every post's room
 * at a glance; at the start of the line it stays in view however long the post's lines are.
 * `threadwright.inlineCounts.enabled` turns it off.
 */
export function registerInlineCounts(analyses: PostAnalyses): vscode.Disposable {
  const after = { margin: '0 0 0 1ch', fontStyle: 'normal' };
  const fits = vscode.window.createTextEditorDecorationType({ after: { ...after, color: new vscode.ThemeColor('threadwright.inlineCount.foreground') } });
  const over = vscode.window.createTextEditorDecorationType({ after: { ...after, color: new vscode.ThemeColor('threadwright.inlineCount.overForeground') } });

  const draw = (editor: vscode.TextEditor) => {
    const { document } = editor;
    const analysis = isPostDocument(document) && analyses.settingsFor(document).inlineCounts ? analyses.analyse(document) : undefined;
    const fitting: vscode.DecorationOptions[] = [];
    const overflowing: vscode.DecorationOptions[] = [];
    if (analysis !== undefined && isAnalysed(analysis)) {
      for (const thread of analysis.model.threadsBlock?.threads ?? []) {
        const cache = analysis.counts.forThread(thread);
        for (const post of thread.posts) {
          const length = cache.measure(post.text);
          const afterLabel = document.positionAt(post.label.range.end);
          const over = overBy(length);
          const hint = `${length.length}/${length.limit}${over === undefined ? '' : ` · ${over}`}`;
          (length.fits ? fitting : overflowing).push({
            range: new vscode.Range(afterLabel, afterLabel),
            renderOptions: { after: { contentText: `· ${hint}` } },
            hoverMessage: `${cache.profile.displayName}: ${hint}`,
          });
        }
      }
    }
    editor.setDecorations(fits, fitting);
    editor.setDecorations(over, overflowing);
  };
  const drawDocument = (document: vscode.TextDocument) =>
    vscode.window.visibleTextEditors.filter((editor) => editor.document === document).forEach(draw);
  const drawVisible = () => vscode.window.visibleTextEditors.forEach(draw);

  drawVisible();
  return vscode.Disposable.from(
    fits,
    over,
    vscode.window.onDidChangeVisibleTextEditors(drawVisible),
    afterTyping(drawDocument),
    analyses.onDidChangeSettings(drawVisible),
  );
}
