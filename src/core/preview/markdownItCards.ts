import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { PostModel } from '../post/postModel';
import { LineIndex } from '../post/text';
import type { PostCard, TextSegment, ThreadCards } from './threadCards';
import { postCountText, threadSummary } from './threadOutline';

/** What the Markdown preview needs to draw a document's threads: its model and the thread preview's cards of it. */
export interface PreviewCardsSource {
  model: PostModel;
  cards: readonly ThreadCards[];
  /** The platform each thread is counted for, by thread index (e.g. `X`). */
  platformNames: readonly string[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

function segmentHtml(segment: TextSegment): string {
  const text = escapeHtml(segment.text).replace(/\n/g, '<br>');
  const classes = [`tw-${segment.kind}`, ...(segment.overflow ? ['tw-over'] : []), ...(segment.problem === undefined ? [] : [`tw-problem-${segment.problem}`])];
  const inner = segment.href === undefined ? text : `<a href="${escapeHtml(segment.href)}">${text}</a>`;
  return segment.overflow ? `<mark class="${classes.join(' ')}">${inner}</mark>` : `<span class="${classes.join(' ')}">${inner}</span>`;
}

/** One post card as HTML: every piece of the post's text escaped, the part past the limit in a `<mark>`. */
export function postCardHtml(card: PostCard, line: number): string {
  const over = card.length > card.limit;
  return `<div class="threadwright-card${over ? ' threadwright-card-over' : ''} code-line" data-line="${line}" data-label="${escapeHtml(card.label)}">`
    + `<div class="threadwright-card-header"><span class="threadwright-label">${escapeHtml(card.label)}</span>`
    + `<span class="threadwright-count">${escapeHtml(postCountText(card))}</span></div>`
    + `<div class="threadwright-text">${card.segments.map(segmentHtml).join('')}</div></div>`;
}

/** A thread's cards under a one-line summary (`10 posts · 1 over · X`). */
export function threadCardsHtml(cards: ThreadCards, platformName: string, cardLines: readonly number[]): string {
  return `<div class="threadwright-thread${cards.overLimit > 0 ? ' threadwright-thread-over' : ''}">`
    + `<div class="threadwright-summary">${escapeHtml(`${threadSummary(cards)} · ${platformName}`)}</div>`
    + cards.posts.map((card, index) => postCardHtml(card, cardLines[index])).join('')
    + '</div>';
}

/**
 * A markdown-it plugin that draws the posts of each thread as cards, in place of the paragraphs markdown-it
 * made of them; headings and everything outside the threads block render as before. `sourceOf` gives the
 * model and cards of the text being rendered, or undefined to leave it alone.
 */
export function threadCardsPlugin(md: MarkdownIt, sourceOf: (text: string) => PreviewCardsSource | undefined): void {
  md.core.ruler.push('threadwright_cards', (state) => {
    const source = sourceOf(state.src);
    if (source !== undefined) state.tokens = withCards(state.tokens, source, new LineIndex(state.src), (html) => {
      const token = new state.Token('html_block', '', 0);
      token.content = html;
      return token;
    });
    // Stryker disable next-line BooleanLiteral: markdown-it's core chain ignores what a core rule returns (its type says void)
    return true;
  });
}

function withCards(tokens: Token[], source: PreviewCardsSource, lines: LineIndex, htmlToken: (html: string) => Token): Token[] {
  const threads = (source.model.threadsBlock?.threads ?? []).flatMap((thread, index) => {
    const last = thread.posts.at(-1);
    // Stryker disable next-line ArrayDeclaration: a string in this list matches no line, so every token passes through as without it
    if (last === undefined) return [];
    const cardLines = thread.posts.map((post) => lines.positionAt(post.range.start).line);
    const html = threadCardsHtml(source.cards[index], source.platformNames[index], cardLines);
    return [{ firstLine: cardLines[0], lastLine: lines.positionAt(last.range.end).line, html }];
  });
  if (threads.length === 0) return tokens;
  const result: Token[] = [];
  let replacing: (typeof threads)[number] | undefined;
  for (const token of tokens) {
    // A top-level token with a source map starts a block; everything up to the next such token belongs to it.
    if (token.level === 0 && token.map !== null) {
      const line = token.map[0];
      const thread = threads.find((candidate) => line >= candidate.firstLine && line <= candidate.lastLine);
      if (thread !== undefined && thread !== replacing) result.push(htmlToken(thread.html));
      replacing = thread;
    }
    if (replacing === undefined) result.push(token);
  }
  return result;
}
