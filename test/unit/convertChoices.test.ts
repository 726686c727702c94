import * as assert from 'node:assert/strict';
import { bodySections, convertToThread, type ConvertOptions } from '../../src/core/convert/convertToThread';
import { partitionBySize } from '../../src/core/convert/partition';
import { xProfile } from '../../src/core/count/platforms';
import { applyReplacements } from '../../src/core/edit/splitJoin';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';

const X: ConvertOptions = { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS };
const BODY = '# Intro\n\nFirst words.\n';
const titleOf = (frontMatter: string) => convertToThread(`---\n${frontMatter}\n---\n\n${BODY}`, X).title;

suite('convert: the thread’s title', () => {
  test('a YAML title is read as Jekyll reads it (YAML 1.1): 1_000 is the number 1000, yes is not text', () => {
    assert.equal(titleOf('title: 1_000'), '1000');
    assert.equal(titleOf('title: yes'), 'Intro');
  });

  test('a title is put on one line with single spaces; an empty, blank or list title gives way to the first heading', () => {
    assert.equal(titleOf('title: "  Two   spaces\\tand a tab "'), 'Two spaces and a tab');
    assert.equal(titleOf('title: >\n  Folded\n  over lines'), 'Folded over lines');
    for (const title of ['title: ""', 'title: "   "', 'title: [a, b]', 'title: [unclosed']) assert.equal(titleOf(title), 'Intro', title);
  });

  test('a post with no title and no heading makes a thread called Untitled', () => {
    const converted = convertToThread('Just words.\n', X);
    assert.equal(converted.title, 'Untitled');
    assert.equal(converted.markdown, '### Thread: "Untitled"\n\n1/1 Just words.\n');
  });
});

suite('convert: which sections', () => {
  const text = '# A\n\nAlpha text.\n\n# B\n\nBeta text.\n\n# C\n\nGamma text.\n';
  const [a, b, c] = bodySections(text, DEFAULT_THREADS_HEADINGS);
  const postsOf = (options: Partial<ConvertOptions>) => convertToThread(text, { ...X, ...options }).posts;

  test('bodySections lists the sections a writer picks from, each with its range in the document', () => {
    assert.deepEqual([a, b, c].map((section) => [section.heading, section.blocks, text.slice(section.range.start, section.range.end).trim()]), [
      ['A', ['Alpha text.'], '# A\n\nAlpha text.'],
      ['B', ['Beta text.'], '# B\n\nBeta text.'],
      ['C', ['Gamma text.'], '# C\n\nGamma text.'],
    ]);
  });

  test('sections picked by index are converted, and only those', () => {
    assert.deepEqual(postsOf({ sections: [2, 0] }), ['1/2 A\nAlpha text.', '2/2 C\nGamma text.']);
  });

  test('an empty selection (a cursor) converts the whole post', () => {
    const cursor = text.indexOf('Beta');
    assert.deepEqual(postsOf({ selection: { start: cursor, end: cursor } }), postsOf({}));
    assert.equal(postsOf({}).length, 3);
  });

  test('a selection touches a section only if it overlaps it: one starting where A ends, or ending where C starts, leaves them out', () => {
    // The post's first heading, A, is the thread's title and leads it.
    assert.deepEqual(postsOf({ selection: { start: a.range.end, end: c.range.start } }), ['1/1 A\nB\nBeta text.']);
  });
});

suite('convert: posts in full', () => {
  test('a part of the post with no text (an image) gives no post, and the title still leads', () => {
    const converted = convertToThread('---\ntitle: Hello\n---\n\n![A miner](miner.png)\n\n# Intro\n\nFirst words.\n', X);
    assert.deepEqual(converted.posts, ['1/1 Hello\nIntro\nFirst words.']);
    assert.deepEqual(converted.notes, []);
  });
});

suite('convert: the hook', () => {
  test('the title leads post 1 like a heading: a first sentence too long for any post fills the rest of post 1', () => {
    const sentence = `${Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')}.`;
    const [first, second] = convertToThread(`---\ntitle: Hello\n---\n\n${sentence}\n`, X).posts;
    assert.ok(first.startsWith('1/2 Hello\nword0 word1 '), first);
    assert.equal(`${first.replace('1/2 Hello\n', '')} ${second.replace('2/2 ', '')}`, sentence);
  });
});

suite('convert: the threads block it writes', () => {
  test('a threads heading that ends with a colon keeps one colon; with no name configured it is "Twitter threads:"', () => {
    assert.match(convertToThread(BODY, { ...X, threadsHeadings: ['Threads:'] }).standalone, /^## Threads:\n\n### Thread: "Intro"/);
    assert.match(convertToThread(BODY, { ...X, threadsHeadings: [] }).standalone, /^## Twitter threads:\n\n/);
  });

  test('blank lines at the end of a post are passed over: the thread follows the last text', () => {
    const text = `${BODY}\n\n\n`;
    assert.equal(applyReplacements(text, [convertToThread(text, X).insertion]),
      '# Intro\n\nFirst words.\n\n---\n\n## Twitter threads:\n\n### Thread: "Intro"\n\n1/1 Intro\nFirst words.\n\n\n\n');
  });

  test('a blank post gets the threads block at its start', () => {
    assert.deepEqual(convertToThread('\n\n', X).insertion, { range: { start: 0, end: 0 }, text: '## Twitter threads:\n\n### Thread: "Untitled"\n' });
  });

  test('the closing --- of the front matter is not a break before the thread; a --- right after it is', () => {
    const onlyFrontMatter = '---\ntitle: Only\n---\n';
    assert.equal(applyReplacements(onlyFrontMatter, [convertToThread(onlyFrontMatter, X).insertion]),
      '---\ntitle: Only\n---\n\n---\n\n## Twitter threads:\n\n### Thread: "Only"\n');
    const breakFirst = '---\ntitle: Only\n---\n---\n';
    assert.equal(applyReplacements(breakFirst, [convertToThread(breakFirst, X).insertion]),
      '---\ntitle: Only\n---\n---\n\n## Twitter threads:\n\n### Thread: "Only"\n');
  });
});

suite('partition by size', () => {
  test('each item goes to the run where its middle falls', () => {
    assert.deepEqual(partitionBySize(['a', 'b', 'c', 'd'], 2, () => 1), [['a', 'b'], ['c', 'd']]);
    assert.deepEqual(partitionBySize(['long', 'a', 'b', 'c'], 2, (item) => item.length), [['long'], ['a', 'b', 'c']]);
    assert.deepEqual(partitionBySize(['a', 'b', 'c'], 5, () => 1), [['a'], ['b'], ['c']]);
    assert.deepEqual(partitionBySize([], 3, () => 1), []);
  });
});
