import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { threadCardsPlugin } from '../core/preview/markdownItCards';
import { documentCards } from './documentCards';
import { isPostDocument } from './documentSelector';
import type { PostAnalyses } from './postAnalyses';

/**
 * What `activate` returns as `extendMarkdownIt`, for the `markdown.markdownItPlugins` contribution: VS Code's own
 * Markdown preview then draws each thread as post cards with their counts, the part past the limit marked.
 * markdown-it is handed only the text, so the cards come from the open post that holds exactly that text.
 */
export function markdownPreviewCards(analyses: PostAnalyses): (md: MarkdownIt) => MarkdownIt {
  return (md) => {
    threadCardsPlugin(md, (text) => {
      const document = vscode.workspace.textDocuments.find((candidate) =>
        isPostDocument(candidate) && !candidate.isClosed && candidate.getText().length === text.length && candidate.getText() === text);
      return document === undefined ? undefined : documentCards(analyses, document);
    });
    return md;
  };
}
