import * as vscode from 'vscode';
import { threadSummary } from '../core/preview/threadOutline';
import type { ThreadCards } from '../core/preview/threadCards';
import { documentCards } from './documentCards';
import { POST_SELECTOR } from './documentSelector';
import type { PostAnalyses } from './postAnalyses';
import { copyThread } from './preview/previewActions';

/** What a lens above a thread heading knows about its thread. */
export interface ThreadLensContext {
  document: vscode.TextDocument;
  threadIndex: number;
  cards: ThreadCards;
}

/** One lens above each thread heading: a command, or undefined to show nothing for that thread. */
export type ThreadLens = (thread: ThreadLensContext) => vscode.Command | undefined;

const COPY_THREAD_COMMAND = 'threadwright.copyThread';
const PUBLISH_THREAD_COMMAND = 'threadwright.publishThread';

/** The lenses in the order they show: `10 posts · 1 over · Preview · Copy thread · Publish…`. Features add theirs here. */
export const THREAD_LENSES: readonly ThreadLens[] = [
  ({ cards }) => ({ title: threadSummary(cards), command: 'threadwright.showPostLengths', tooltip: vscode.l10n.t('Show the length of every post') }),
  () => ({ title: vscode.l10n.t('Preview'), command: 'threadwright.openPreview', tooltip: vscode.l10n.t('Open the thread preview beside the editor') }),
  ({ document, threadIndex }) => ({ title: vscode.l10n.t('Copy thread'), command: COPY_THREAD_COMMAND, arguments: [document.uri.toString(), threadIndex], tooltip: vscode.l10n.t('Copy every post, separated by blank lines') }),
  ({ document, threadIndex, cards }) => ({
    title: vscode.l10n.t('Publish…'),
    command: PUBLISH_THREAD_COMMAND,
    arguments: [{ uri: document.uri.toString(), thread: threadIndex + 1 }],
    tooltip: vscode.l10n.t('Publish the thread "{title}" to Bluesky, Mastodon or X', { title: cards.title }),
  }),
];

/** Shows `THREAD_LENSES` above each thread heading while `threadwright.codeLens.enabled` is on. */
export function registerThreadCodeLens(analyses: PostAnalyses, lenses: readonly ThreadLens[] = THREAD_LENSES): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      if (!vscode.workspace.getConfiguration('threadwright', document.uri).get<boolean>('codeLens.enabled', true)) return [];
      const source = documentCards(analyses, document);
      if (source === undefined) return [];
      return (source.model.threadsBlock?.threads ?? []).flatMap((thread, threadIndex) => {
        const anchor = thread.heading?.range ?? thread.range;
        const range = document.lineAt(document.positionAt(anchor.start).line).range;
        const context = { document, threadIndex, cards: source.cards[threadIndex] };
        return lenses.flatMap((lens) => {
          const command = lens(context);
          return command === undefined ? [] : [new vscode.CodeLens(range, command)];
        });
      });
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerCodeLensProvider(POST_SELECTOR, provider),
    vscode.commands.registerCommand(COPY_THREAD_COMMAND, async (uri: string, threadIndex: number) => {
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
      const source = document === undefined ? undefined : documentCards(analyses, document);
      await copyThread(source?.cards[threadIndex]);
    }),
    analyses.onDidChangeSettings(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('threadwright.codeLens')) changed.fire();
    }),
  );
}
