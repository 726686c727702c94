import * as assert from 'node:assert/strict';
import { parse as parseToml } from 'smol-toml';
import { locateToml, type TomlLayout } from '../../src/core/frontMatter/locateToml';
import type { FrontMatterEntry, FrontMatterNode } from '../../src/core/frontMatter/tree';

/** TOML between `+++` lines, as a post holds it, with the content range the reader hands the locator. */
function post(toml: string, body = 'Body [with a link](x) ]] ]\n'): { text: string; layout: TomlLayout } {
  const text = `+++\n${toml}+++\n${body}`;
  return { text, layout: locateToml(text, { start: 4, end: text.lastIndexOf('+++') }) };
}

interface Shape {
  key?: string;
  keyText?: string;
  value: string;
  lines?: string;
  entries?: Shape[];
  items?: Shape[];
}

/** The tree as the text under each range, so an expectation reads like the post. */
function shapeOf(text: string, node: FrontMatterNode): Shape {
  const shape: Shape = { value: text.slice(node.range.start, node.range.end) };
  if (node.entries !== undefined) shape.entries = node.entries.map((entry) => entryShape(text, entry));
  if (node.items !== undefined) shape.items = node.items.map((item) => shapeOf(text, item));
  return shape;
}

function entryShape(text: string, entry: FrontMatterEntry): Shape {
  const shape: Shape = { key: entry.key, keyText: text.slice(entry.keyRange.start, entry.keyRange.end), ...shapeOf(text, entry.value) };
  if (entry.lines !== undefined) shape.lines = text.slice(entry.lines.start, entry.lines.end);
  return shape;
}

/** Each top-level value's own text, read again by smol-toml, gives the value smol-toml reads from the whole block. */
function assertValuesMatchSmolToml(toml: string): void {
  const { text, layout } = post(toml);
  const data = parseToml(toml);
  const entries = layout.root.entries!;
  assert.deepEqual(entries.map((entry) => entry.key), Object.keys(data));
  for (const entry of entries) {
    const written = text.slice(entry.value.range.start, entry.value.range.end);
    assert.deepEqual(parseToml(`x = ${written}`).x, data[entry.key], `${entry.key} = ${written}`);
  }
}

suite('TOML locator: values end where TOML ends them', () => {
  test('strings with escaped quotes, literal backslashes and quotes closing multi-line strings', () => {
    assertValuesMatchSmolToml([
      'say = "she said \\"hi\\" # twice"',
      "path = 'C:\\dir\\'",
      "spaced = 'a b, c'",
      'multi = """one \\""" two"""',
      "raw = '''it's \\ fine'''",
      'four = """x""""',
      'five = """x"""""',
      "lit4 = '''y''''",
      'after = 1',
      '',
    ].join('\n'));
  });

  test('dates with a space before the time, numbers before a comment, arrays and inline tables', () => {
    assertValuesMatchSmolToml([
      'when = 1979-05-27 07:32:00Z',
      'day = 1979-05-27 # no time',
      'n = 42 # answer',
      'list = [ 1, [2, 3], { a = "]" } ] # end',
      'table = { name = "x", inner = { deep = [1] } }',
      '',
    ].join('\n'));
  });
});

suite('TOML locator: keys, tables and the lines an entry owns', () => {
  test('a literal-quoted key is one key, its range covering the quotes', () => {
    const { text, layout } = post("'it is' = 1\n\"esc\\u00e9\\t\" = 2\n");
    assert.deepEqual(layout.root.entries!.map((entry) => entryShape(text, entry)), [
      { key: 'it is', keyText: "'it is'", value: '1', lines: "'it is' = 1\n" },
      { key: 'esc\u00e9\t', keyText: '"esc\\u00e9\\t"', value: '2', lines: '"esc\\u00e9\\t" = 2\n' },
    ]);
  });

  test('an entry owns its whole lines, indentation and comment included, CRLF too; not a line it shares', () => {
    const { text, layout } = post('  a = 1 # one\r\nb = [\n  2,\n]\nc = 3 d = 4\ne = 5');
    const owned = layout.root.entries!.filter((entry) => entry.key !== 'd');
    assert.deepEqual(owned.map((entry) => [entry.key, entry.lines && text.slice(entry.lines.start, entry.lines.end)]), [
      ['a', '  a = 1 # one\r\n'],
      ['b', 'b = [\n  2,\n]\n'],
      ['c', undefined],
      ['e', 'e = 5'],
    ]);
  });

  test('lines that are not key = value are passed over: no key, no equals sign, a bare equals sign', () => {
    const { text, layout } = post('= 1\njust words\n# comment = 2\n\na = 1\n');
    assert.deepEqual(layout.root.entries!.map((entry) => entryShape(text, entry)), [{ key: 'a', keyText: 'a', value: '1', lines: 'a = 1\n' }]);
  });

  test('tables and arrays of tables: their keys go under them, the header is the value range, the first one marks where tables start', () => {
    const { text, layout } = post('top = 1\n[params]\ninner = true\n[[posts]]\nname = "p"\n[ spaced . dotted ]\n');
    assert.deepEqual(shapeOf(text, layout.root), {
      value: text.slice(4, text.lastIndexOf('+++')),
      entries: [
        { key: 'top', keyText: 'top', value: '1', lines: 'top = 1\n' },
        { key: 'params', keyText: 'params', value: '[params]', entries: [{ key: 'inner', keyText: 'inner', value: 'true', lines: 'inner = true\n' }] },
        { key: 'posts', keyText: 'posts', value: '[[posts]]', entries: [{ key: 'name', keyText: 'name', value: '"p"', lines: 'name = "p"\n' }] },
        { key: 'spaced', keyText: 'spaced', value: '[ spaced . dotted ]', entries: [] },
      ],
    });
    assert.equal(layout.firstTableStart, text.indexOf('[params]'));
  });

  test('an unclosed header covers only its name, even when the post has a bracket further on', () => {
    const { text, layout } = post('[params\nx = 1\n');
    assert.deepEqual(layout.root.entries!.map((entry) => entryShape(text, entry)), [
      { key: 'params', keyText: 'params', value: '[params', entries: [{ key: 'x', keyText: 'x', value: '1', lines: 'x = 1\n' }] },
    ]);
  });

  test('an unclosed header in a post with no closing bracket anywhere covers its name too', () => {
    const { text, layout } = post('[params\n', 'Body\n');
    assert.deepEqual(entryShape(text, layout.root.entries![0]), { key: 'params', keyText: 'params', value: '[params', entries: [] });
  });

  test('arrays and inline tables are mapped 32 levels deep; deeper ones are one value', () => {
    for (const [open, close] of [['[', ']'], ['{ a = ', ' }']]) {
      const inner = open === '[' ? `["]", '}', """]""", # ]\n'''{''']` : `{ b = "}", c = ']' }`;
      const nested = `${open.repeat(40)}${inner}${close.repeat(40)}`;
      assertValuesMatchSmolToml(`deep = ${nested}\nafter = 1\n`);
      const { text, layout } = post(`deep = ${nested}\n`);
      let node: FrontMatterNode | undefined = layout.root.entries![0].value;
      assert.equal(text.slice(node.range.start, node.range.end), nested);
      let levels = 0;
      while (node !== undefined && (node.items ?? node.entries) !== undefined) {
        levels++;
        node = node.items?.[0] ?? node.entries?.[0]?.value;
      }
      assert.equal(levels, 32, open);
    }
  });

  test('a header without a name is no table: the keys after it stay at the top, but tables start at its line', () => {
    const { text, layout } = post('a = 1\n[]\nb = 2\n[\nc = 3\n');
    assert.deepEqual(layout.root.entries!.map((entry) => entry.key), ['a', 'b', 'c']);
    assert.equal(layout.firstTableStart, text.indexOf('[]'));
  });

  test('inline tables hold entries and arrays hold items, with their own ranges', () => {
    const { text, layout } = post('t = { a = 1, b = [ "x", \'y\' ], = 3 }\n');
    assert.deepEqual(entryShape(text, layout.root.entries![0]), {
      key: 't', keyText: 't', value: '{ a = 1, b = [ "x", \'y\' ], = 3 }', lines: 't = { a = 1, b = [ "x", \'y\' ], = 3 }\n',
      entries: [
        { key: 'a', keyText: 'a', value: '1' },
        { key: 'b', keyText: 'b', value: '[ "x", \'y\' ]', items: [{ value: '"x"' }, { value: "'y'" }] },
      ],
    });
  });

  test('the root covers the whole content range', () => {
    const { text, layout } = post('a = 1\n');
    assert.deepEqual(layout.root.range, { start: 4, end: text.lastIndexOf('+++') });
  });
});
