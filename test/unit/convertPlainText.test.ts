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

suite('convert: Markdown to plain text, the edges', () => {
  test('an ordered list written with `)` keeps its markers', () => {
    assert.deepEqual(plain('# L\n\n1) first\n2) second\n')[0].blocks, ['1) first', '2) second']);
  });

  test('empty table cells are left out of a row, a row of empty cells gives no line, and a table in the threads block gives none', () => {
    const text = '# T\n\n| a | b | c |\n| - | - | - |\n| 1 |   | 3 |\n|   |   |   |\n\n## Twitter threads:\n\n| x | y |\n| - | - |\n| 9 | 8 |\n';
    assert.deepEqual(plain(text), [{ heading: 'T', blocks: ['a | b | c', '1 | 3'] }]);
  });

  test('a highlight block is dropped whole, even with template tags inside it, and the text after it stays', () => {
    const text = '# H\n\nBefore.\n\n{% highlight ruby %}\nputs "{{ page.title }}"\nmore code\n{% endhighlight %}\n\nAfter.\n';
    assert.deepEqual(plain(text), [{ heading: 'H', blocks: ['Before.', 'After.'] }]);
  });

  test('two reference links defined at the end both resolve', () => {
    const text = '# R\n\nSee [one][a] and [two][b].\n\n[a]: https://one.example/\n[b]: https://two.example/\n';
    assert.deepEqual(plain(text)[0].blocks, ['See one https://one.example/ and two https://two.example/.']);
  });

  test('a setext heading, which the post model does not take for a section heading, is read as a line of text', () => {
    assert.deepEqual(plain('Intro\n=====\n\nText.\n'), [{ heading: undefined, blocks: ['Intro', 'Text.'] }]);
  });

  test('a link with no text shows nothing; runs of spaces become one; an address with or without its last slash is the same', () => {
    assert.deepEqual(plain('# S\n\nSee [ ](https://example.com) here,  twice  spaced.\n')[0].blocks, ['See here, twice spaced.']);
    assert.deepEqual(plain('# S\n\n[example.com](https://example.com/) and [example.com/a](https://example.com/a/)\n')[0].blocks, ['https://example.com/ and https://example.com/a/']);
  });
});
