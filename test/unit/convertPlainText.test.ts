import * as assert from 'node:assert/strict';
import { plainSections } from '../../src/core/convert/plainText';
import { parsePost } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

function plain(markdown: string) {
  return plainSections(markdown, parsePost(markdown)).map(({ heading, blocks }) => ({ heading, blocks }));
}

suite('convert: Markdown to plain text', () => {
  test('emphasis, strikethrough and code marks are dropped and their words kept', () => {
    assert.deepEqual(plain('# A *big* `deal`\n\nSome **bold**, _em_, ~~gone~~ and `x = 1` here.\n'), [
      { heading: 'A big deal', blocks: ['Some bold, em, gone and x = 1 here.'] },
    ]);
  });

  test('a link becomes its text then its URL; a link whose text is its URL, or an autolink, is just the URL', () => {
    assert.deepEqual(plain('# L\n\nRead [the report](https://example.com/r) now.\n\nSee [https://example.com/a](https://example.com/a) and [example.com](https://example.com/) and <https://auto.example/x>.\n'), [
      { heading: 'L', blocks: ['Read the report https://example.com/r now.', 'See https://example.com/a and https://example.com/ and https://auto.example/x.'] },
    ]);
  });

  test('a reference link defined elsewhere in the post resolves to its URL', () => {
    assert.deepEqual(plain('# R\n\nSee [the docs][d].\n\n# S\n\nText.\n\n[d]: https://docs.example/\n')[0].blocks, ['See the docs https://docs.example/.']);
  });

  test('a relative link keeps only its text: it is not a link on a platform', () => {
    assert.deepEqual(plain('Go to [the about page](/about/) or [top](#top).\n')[0].blocks, ['Go to the about page or top.']);
  });

  test('images are dropped, and so are inline and block HTML', () => {
    assert.deepEqual(plain('# I\n\n![a chart](chart.png)\n\nBefore <b>bold</b> ![x](y.png) after<br>end.\n\n<div class="note">\nhidden\n</div>\n\nLast.\n'), [
      { heading: 'I', blocks: ['Before bold after end.', 'Last.'] },
    ]);
  });

  test('list items stay one a line with `- ` (ordered ones keep their number), nested items included', () => {
    assert.deepEqual(plain('# List\n\n* one\n* two\n  - inner\n+ three\n\n1. first\n2. second\n')[0].blocks, [
      '- one', '- two', '- inner', '- three', '1. first', '2. second',
    ]);
  });

  test('entities are decoded and soft line breaks become spaces', () => {
    assert.deepEqual(plain('# E &amp; F\n\nTom &amp; Jerry &copy; 2024 &mdash; &#x1F600;\nnext line\n'), [
      { heading: 'E & F', blocks: ['Tom & Jerry © 2024 — 😀 next line'] },
    ]);
  });

  test('code blocks, thematic breaks and blank paragraphs give no lines; table rows give one line each', () => {
    assert.deepEqual(plain('# T\n\n```js\nconst a = 1;\n```\n\n---\n\n| a | b |\n| - | - |\n| 1 | 2 |\n')[0].blocks, ['a | b', '1 | 2']);
  });

  test('the example post: front matter and the threads block give no text, and every body heading is a section', () => {
    const sections = plain(EXAMPLE_POST);
    const everything = JSON.stringify(sections);
    assert.ok(!everything.includes('layout'));
    assert.ok(!everything.includes('Twitter threads'));
    assert.ok(!everything.includes('1/10'));
    assert.equal(sections[0].heading, 'The Escalation of Bitcoin Mining');
    assert.equal(sections.at(-1)!.heading, 'Key Takeaway:');
    assert.deepEqual(sections.at(-1)!.blocks.at(-1), 'Download your Koii node today.');
    const distributed = sections.find((section) => section.heading === 'Solving the Centralization Problem:')!;
    assert.ok(distributed.blocks[1].startsWith('- Distributed Contribution: By allowing users'));
  });
});
