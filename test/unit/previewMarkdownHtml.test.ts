import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import twitterText from 'twitter-text';
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import type { Problem } from '../../src/core/post/problem';
import { threadCardsPlugin, type PreviewCardsSource } from '../../src/core/preview/markdownItCards';
import { buildThreadCards } from '../../src/core/preview/threadCards';

/** What the preview would draw for `text`, counted for X, with the checks' problems and any extra ones. */
function sourceOf(text: string, extra: Problem[] = []): PreviewCardsSource {
  const counts = new PlatformCounts(['x']);
  const { model, problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
  const cards = buildThreadCards(model, [...problems, ...extra], (thread) => counts.forThread(thread));
  return { model, cards, platformNames: cards.map(() => 'X') };
}

/** `text` rendered by markdown-it with the cards plugin, given `source` for exactly that text. */
function render(text: string, source: PreviewCardsSource = sourceOf(text)): string {
  const md = new MarkdownIt();
  threadCardsPlugin(md, (src) => (src === text ? source : undefined));
  return md.render(text);
}

/** markdown-it's own rendering, the oracle for everything that is not a card. */
const plain = (text: string) => new MarkdownIt().render(text);

/** The HTML of one card, as the preview's stylesheet expects it. */
function card(label: string, line: number, count: string, segments: string, over = false): string {
  return `<div class="threadwright-card${over ? ' threadwright-card-over' : ''} code-line" data-line="${line}" data-label="${label}">`
    + `<div class="threadwright-card-header"><span class="threadwright-label">${label}</span><span class="threadwright-count">${count}</span></div>`
    + `<div class="threadwright-text">${segments}</div></div>`;
}

suite('preview Markdown HTML: the exact cards markdown-it is given', () => {
  test('two threads: links, mentions, line breaks, escaped markup, a problem, a post at the limit and one past it', () => {
    const first = '1/2 Hi @bob, see example.com/a\nand <b>it\'s</b> "x"';
    const full = `2/2 ${'y'.repeat(276)}`;
    const long = `1/1 ${'z'.repeat(286)}`;
    const before = '# Title\n\nIntro *text*.\n\n## Threads\n\n### Thread: "Short"\n';
    const text = `${before}\n${first}\n\n${full}\n\n### Thread: "Long"\n\n${long}\n`;
    const hi = text.indexOf('Hi');
    const warning: Problem = { code: 'thread/numbering', severity: 'warning', message: 'Hi?', range: { start: hi, end: hi + 2 } };
    assert.equal(twitterText.parseTweet(full).weightedLength, 280);
    assert.equal(twitterText.parseTweet(long).weightedLength, 290);
    const firstCard = card('1/2', 8, `${twitterText.parseTweet(first).weightedLength}/280`,
      '<span class="tw-text">1/2 </span><span class="tw-text tw-problem-warning">Hi</span><span class="tw-text"> </span>'
      + '<span class="tw-mention">@bob</span><span class="tw-text">, see </span>'
      + '<span class="tw-url"><a href="https://example.com/a">example.com/a</a></span>'
      + '<span class="tw-text"><br>and &lt;b&gt;it&#39;s&lt;/b&gt; &quot;x&quot;</span>');
    const fullCard = card('2/2', 11, '280/280', `<span class="tw-text">${full}</span>`);
    const longCard = card('1/1', 15, '290/280 · 10 over',
      `<span class="tw-text">1/1 ${'z'.repeat(276)}</span><mark class="tw-text tw-over tw-problem-error">${'z'.repeat(10)}</mark>`, true);
    assert.equal(render(text, sourceOf(text, [warning])), plain(before)
      + `<div class="threadwright-thread"><div class="threadwright-summary">2 posts · all fit · X</div>${firstCard}${fullCard}</div>`
      + plain('### Thread: "Long"\n')
      + `<div class="threadwright-thread threadwright-thread-over"><div class="threadwright-summary">1 post · 1 over · X</div>${longCard}</div>`);
  });

  test('Markdown written in a post stays its literal text in the card: no emphasis, no code, no javascript: link', () => {
    const post = '1/1 *em* `code` [x](javascript:alert(1))';
    const text = `## Threads\n\n${post}\n`;
    assert.ok(plain(text).includes('<em>em</em> <code>code</code>'), 'markdown-it reads it as Markdown');
    assert.equal(render(text), plain('## Threads\n')
      + `<div class="threadwright-thread"><div class="threadwright-summary">1 post · all fit · X</div>${card('1/1', 2, `${twitterText.parseTweet(post).weightedLength}/280`, `<span class="tw-text">${post}</span>`)}</div>`);
  });

  test('a thread heading with no posts yet renders as markdown-it renders it, and the next thread still gets its cards', () => {
    const text = '## Threads\n\n### Thread: "Empty"\n\n### Thread: "Next"\n\n1/1 Hi\n';
    assert.deepEqual(sourceOf(text).cards.map((thread) => thread.posts.length), [0, 1]);
    assert.equal(render(text), plain('## Threads\n\n### Thread: "Empty"\n\n### Thread: "Next"\n')
      + `<div class="threadwright-thread"><div class="threadwright-summary">1 post · all fit · X</div>${card('1/1', 6, '6/280', '<span class="tw-text">1/1 Hi</span>')}</div>`);
  });

  test('a post without a threads block renders as markdown-it renders it, even when the preview has its model', () => {
    const text = '# Title\n\n1/1 Not in a thread, *emphasis* and [a link](https://example.com).\n';
    assert.equal(sourceOf(text).model.threadsBlock, undefined);
    assert.equal(render(text), plain(text));
  });

  test('a table that starts before a post is never cut in two, even where a row starts like a post', () => {
    const text = '## Threads\n\na | b\n--|--\n1/1 x | y\n';
    assert.deepEqual(sourceOf(text).cards.map((thread) => thread.posts.map((post) => post.text)), [['1/1 x | y']]);
    assert.equal(render(text), plain(text));
  });

  test('the plugin is a core rule named threadwright_cards: disabling it gives markdown-it’s own rendering', () => {
    const text = '## Threads\n\n1/1 Hi\n';
    const md = new MarkdownIt();
    threadCardsPlugin(md, () => sourceOf(text));
    assert.notEqual(md.render(text), plain(text));
    md.disable('threadwright_cards');
    assert.equal(md.render(text), plain(text));
  });
});
