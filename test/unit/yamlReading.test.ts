import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { readYaml, type YamlVersion } from '../../src/core/frontMatter/readYaml';
import type { FrontMatterNode } from '../../src/core/frontMatter/tree';

/** Reads YAML as the engine gets it, at offset 0, with lines counted from the text itself. */
function read(source: string, version: YamlVersion = '1.2', finalBreakLength = 1) {
  return readYaml(source, 0, version, (offset) => source.slice(0, offset).split('\n').length - 1, finalBreakLength);
}

/** The texts of the lines each top-level entry owns, by key. */
function ownedLines(source: string, finalBreakLength = 1): [string, string | undefined][] {
  const padded = source + '\n'.repeat(finalBreakLength);
  return read(source, '1.2', finalBreakLength).root!.entries!.map((entry) => [entry.key, entry.lines && padded.slice(entry.lines.start, entry.lines.end)]);
}

/** How many levels of a value are mapped, following the first child down. */
function mappedLevels(node: FrontMatterNode | undefined): number {
  let levels = 0;
  while (node !== undefined && (node.items ?? node.entries) !== undefined) {
    levels++;
    node = node.items?.[0] ?? node.entries?.[0]?.value;
  }
  return levels;
}

suite('reading YAML: the versions', () => {
  test('YAML 1.1 merges `<<` keys and keeps dates as text; YAML 1.2 keeps `<<` as a key', () => {
    const source = 'base: &b {a: 1}\npost:\n  <<: *b\n  c: 2\ndate: 2024-08-21\n';
    assert.deepEqual(read(source, '1.1').data, { base: { a: 1 }, post: { a: 1, c: 2 }, date: '2024-08-21' });
    assert.deepEqual(read(source, '1.2').data, { base: { a: 1 }, post: { '<<': { a: 1 }, c: 2 }, date: '2024-08-21' });
  });

  test('a 1.1 merge of something that is not a mapping is a syntax problem naming that, not an alias bomb', () => {
    assert.deepEqual(read('title: x\n<<: 1\n', '1.1').problems, [{ code: 'front-matter/syntax', severity: 'error', range: { start: 0, end: 15 }, message: 'YAML: Merge sources must be maps or map aliases.' }]);
  });
});

suite('reading YAML: what is not a mapping', () => {
  test('a block of only comments is an empty mapping at its end', () => {
    assert.deepEqual(readYaml('# only\n', 10, '1.2', () => 0), { data: {}, root: { range: { start: 17, end: 17 }, entries: [] }, problems: [] });
  });

  test('a single value is flagged over the value', () => {
    assert.deepEqual(read('just text\n').problems, [{ code: 'front-matter/syntax', severity: 'error', range: { start: 0, end: 9 }, message: 'Front matter must be `key: value` lines, but this is a single value.' }]);
  });
});

suite('reading YAML: syntax problems', () => {
  test('yaml\'s message is kept whole on one line, with one full stop, over at least one character', () => {
    for (const source of ['a: [1, 2\n', 'a: "x\n', 'a: b\n  c: d\n']) {
      const error = parseDocument(source, { prettyErrors: false }).errors.find((each) => each.code !== 'TAB_AS_INDENT')!;
      const problem = read(source).problems[0];
      const start = Math.min(error.pos[0], source.length);
      assert.deepEqual(problem.range, { start, end: Math.min(Math.max(error.pos[1], start + 1), source.length) }, source);
      if (error.code !== 'BLOCK_AS_IMPLICIT_KEY') assert.equal(problem.message, `YAML: ${error.message}${error.message.endsWith('.') ? '' : '.'}`, source);
    }
    assert.deepEqual(read('a: [1, 2\n').problems.map((problem) => problem.message), ['YAML: Flow sequence in block collection must be sufficiently indented and end with a ].']);
  });

  test('problems come in the order of the text, and at most 20 tabs are flagged', () => {
    const source = `title: a: b\nlist:\n${'\t- x\n'.repeat(25)}`;
    const problems = read(source).problems;
    assert.deepEqual(problems.map((problem) => problem.range.start), [...problems.map((problem) => problem.range.start)].sort((a, b) => a - b));
    assert.equal(problems[0].message, 'A value with `: ` inside it must be quoted, e.g. `title: "Bitcoin: the shift"`.');
    const tabs = read(`list:\n${'\t- x\n'.repeat(25)}`).problems;
    assert.deepEqual(tabs.map((problem) => problem.message), Array(20).fill('Tab used for indentation: YAML indents with spaces only.'));
  });

  test('an alias bomb is named in full', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcd') levels.push(`${name}: &${name} [${Array(10).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
    const source = `${levels.join('\n')}\n`;
    assert.deepEqual(read(source).problems, [{
      code: 'front-matter/syntax',
      severity: 'error',
      range: { start: source.indexOf('*a'), end: source.indexOf('*a') + 2 },
      message: 'Its aliases (`*name`) expand to far more data than front matter needs (an alias bomb?), so Threadwright does not read it.',
    }]);
  });
});

suite('reading YAML: the tree of ranges', () => {
  test('list items of every kind have their own range; a pair written in a flow list is a mapping', () => {
    const source = 'x: &x 1\nlist: [a, {b: 1}, [c], *x, d: 2]\n';
    const list = read(source).root!.entries![1].value;
    assert.deepEqual(list.items!.map((item) => source.slice(item.range.start, item.range.end)), ['a', '{b: 1}', '[c]', '*x', 'd: 2']);
    assert.deepEqual(list.items![1].entries!.map((entry) => entry.key), ['b']);
  });

  test('lists and mappings are mapped 32 levels deep, the top mapping included', () => {
    const lists = read(`a: ${'['.repeat(40)}1${']'.repeat(40)}\n`).root;
    assert.equal(mappedLevels(lists), 32);
    const maps = read(`a: ${'{b: '.repeat(40)}1${'}'.repeat(40)}\n`).root;
    assert.equal(mappedLevels(maps), 32);
  });

  test('a collection as key is named by its text; a key without a value gets an empty value after it', () => {
    const entries = read('? [a, b]\n: x\n? c\nd: 1\n').root!.entries!;
    assert.deepEqual(entries.map((entry) => [entry.key, entry.keyRange, entry.value.range]), [
      ['[a, b]', { start: 2, end: 8 }, { start: 11, end: 12 }],
      ['c', { start: 15, end: 16 }, { start: 17, end: 17 }],
      ['d', { start: 17, end: 18 }, { start: 20, end: 21 }],
    ]);
  });
});

suite('reading YAML: the lines an entry owns', () => {
  test('a block list or mapping value owns all its lines, with keys after it; the last line gets the break the engine did not see', () => {
    assert.deepEqual(ownedLines('tags:\n  - a\n  - b\nm:\n  k: v\ntitle: x # c', 2), [['tags', 'tags:\n  - a\n  - b\n'], ['m', 'm:\n  k: v\n'], ['title', 'title: x # c\n\n']]);
  });

  test('an indented key owns its line from the indentation; a key sharing its line owns none', () => {
    const source = 'm:\n  a: 1\n  b: {c: 2,\n    d: 3, e: 4}\n';
    const m = read(source).root!.entries![0].value;
    const lines = (node: FrontMatterNode) => node.entries!.map((entry) => [entry.key, entry.lines && source.slice(entry.lines.start, entry.lines.end)]);
    assert.deepEqual(lines(m), [['a', '  a: 1\n'], ['b', '  b: {c: 2,\n    d: 3, e: 4}\n']]);
    assert.deepEqual(lines(m.entries![1].value), [['c', undefined], ['d', undefined], ['e', undefined]]);
  });

  test('a key after `- ` or `? `, or before a closing brace at the very end, owns no lines', () => {
    assert.equal(read('list:\n  - a: 1\n').root!.entries![0].value.items![0].entries![0].lines, undefined);
    assert.deepEqual(read('? c\nd: 1\n').root!.entries!.map((entry) => [entry.key, entry.lines]), [['c', undefined], ['d', { start: 4, end: 9 }]]);
    assert.equal(read('b: {c: 2,\n  d: 3}').root!.entries![0].value.entries![1].lines, undefined);
  });
});

suite('reading YAML: repeated keys', () => {
  test('a repeated key is a warning with its path, in nested mappings and list items too', () => {
    const source = 'title: x\nauthor:\n  name: A\n  name: B\nlist:\n  - a: 1\n    a: 2\n';
    assert.deepEqual(read(source).problems.map((problem) => [problem.severity, problem.path, problem.message]), [
      ['warning', ['author', 'name'], '`name` is already set on line 3; only the last value is kept.'],
      ['warning', ['list', 0, 'a'], '`a` is already set on line 6; only the last value is kept.'],
    ]);
  });
});
