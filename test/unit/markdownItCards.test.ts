import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { threadCardsPlugin, type PreviewCardsSource } from '../../src/core/preview/markdownItCards';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import { buildThreadCards } from '../../src/core/preview/threadCards';
import { EXAMPLE_POST } from './examplePost';

function sourceOf(text: string): PreviewCardsSource {
  const counts = new PlatformCounts(['x']);
  const { model, problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, counts);
  return { model, cards: buildThreadCards(model, problems, (thread) => counts.forThread(thread)), platformNames: model.threadsBlock?.threads.map(() => 'X') ?? [] };
}

function render(text: string, withSource = true): string {
  const md = new MarkdownIt();
  threadCardsPlugin(md, (source) => (withSource && source === text ? sourceOf(text) : undefined));
  return md.render(text);
}

const cardsIn = (html: string) => [...html.matchAll(/<div class="threadwright-card[^"]*"[^>]*data-label="([^"]+)"/g)].map((match) => match[1]);

suite('markdown-it cards: the threads block as post cards', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let html: string;
  setup(() => {
    html = render(EXAMPLE_POST);
  });

  test('every post of the three threads becomes one card, in order', () => {
    const labels = cardsIn(html);
    assert.equal(labels.length, 28);
    assert.deepEqual(labels.slice(0, 10), ['1/10', '2/10', '3/10', '4/10', '5/10', '6/10', '7/10', '8/10', '9/10', '10/10']);
  });

  test('card 8/10 is marked over, shows 326/280 · 46 over and marks exactly the last 46 characters', () => {
    const card = /<div class="threadwright-card threadwright-card-over code-line" data-line="126" data-label="8\/10">.*?<\/div><\/div>/s.exec(html)?.[0];
    assert.ok(card !== undefined, 'no over-limit card for 8/10 on line 126');
    assert.ok(card.includes('<span class="threadwright-count">326/280 · 46 over</span>'));
    const marked = [...card.matchAll(/<mark class="[^"]*tw-over[^"]*">(.*?)<\/mark>/gs)].map((match) => match[1]).join('');
    assert.equal(marked.replace(/<br>/g, '\n').length, 46);
    assert.ok(marked.endsWith('security and decentralization'));
    assert.equal((html.match(/threadwright-card-over/g) ?? []).length, 1);
  });

  test('each thread gets its summary, headings and the body render as plain Markdown', () => {
    assert.ok(html.includes('<div class="threadwright-summary">10 posts · 1 over · X</div>'));
    assert.ok(html.includes('<h2>Twitter threads:</h2>'));
    assert.ok(html.includes('<h3>Thread: &quot;Bitcoin Mining Crisis'));
    assert.ok(html.includes('<h2>Surging Energy Costs:</h2>'));
    assert.ok(!html.includes('<p>1/10 '), 'a post was rendered as a paragraph too');
  });

  test('post text is escaped, never markup', () => {
    const hostile = '## Threads\n\n### Thread: "x"\n\n1/1 <img src=x onerror=alert(1)> & <script>alert(1)</script>\n';
    const out = render(hostile);
    assert.equal(cardsIn(out).length, 1);
    assert.ok(!out.includes('<img'), out);
    assert.ok(!out.includes('<script'), out);
    assert.ok(out.includes('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;'));
  });

  test('text the plugin has no source for renders exactly as without it', () => {
    assert.equal(render(EXAMPLE_POST, false), new MarkdownIt().render(EXAMPLE_POST));
  });
});
