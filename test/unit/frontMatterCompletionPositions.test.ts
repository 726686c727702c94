import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { frontMatterPositionAt } from '../../src/core/frontMatter/completion';
import { analyse, rangeOf } from './frontMatterHelpers';

/** Where completion stands at an offset of a post, the report made the way the editor makes it. */
function at(text: string, offset: number) {
  return frontMatterPositionAt(analyse(text).frontMatter, text, offset);
}

/** The offset right after the n-th occurrence of a piece: where the cursor is once the piece is typed. */
function after(text: string, piece: string, occurrence = 1): number {
  return rangeOf(text, piece, occurrence).end;
}

suite('completion positions at the edges of the front matter', () => {
  test('a post without front matter, or whose front matter is a list rather than keys, offers nothing anywhere', () => {
    for (const text of ['# Title\n\nBody\n', '---\n- a\n---\nBody\n']) {
      for (let offset = 0; offset <= text.length; offset++) assert.equal(at(text, offset), undefined, `${JSON.stringify(text)} at ${offset}`);
    }
  });

  test('the opening and closing lines offer nothing, the very start of the first line is its key', () => {
    const text = '---\nlayout: post\n---\nBody\n';
    for (let offset = 0; offset < 4; offset++) assert.equal(at(text, offset), undefined, `at ${offset}`);
    assert.deepEqual(at(text, 4), { kind: 'key', range: rangeOf(text, 'layout'), present: [] });
    const closing = text.indexOf('---', 4);
    for (let offset = closing; offset <= text.length; offset++) assert.equal(at(text, offset), undefined, `at ${offset}`);
  });
});

suite('completion positions on keys and new lines', () => {
  const text = '---\nlayout: post\n\n# a note\n  \ntitle: Hi\n---\n';

  test('at the first character of a key the whole key is covered, and the other keys are present', () => {
    assert.deepEqual(at(text, text.indexOf('title')), { kind: 'key', range: rangeOf(text, 'title'), present: ['layout'] });
  });

  test('on a blank line between keys a new key is offered at the cursor, with every key present', () => {
    const blank = text.indexOf('\n\n') + 1;
    assert.deepEqual(at(text, blank), { kind: 'key', range: { start: blank, end: blank }, present: ['layout', 'title'] });
  });

  test('in a comment or on an indented blank line nothing is offered', () => {
    assert.equal(at(text, after(text, '# a note')), undefined);
    assert.equal(at(text, after(text, '# a')), undefined);
    assert.equal(at(text, after(text, '\n  ')), undefined);
  });
});

suite('completion positions on values', () => {
  test('after the colon a value is offered at the cursor; from the value\'s first character on, the value is covered', () => {
    const text = '---\ntitle: Hi\nlayout:  post  \n---\n';
    const value = { kind: 'value', key: 'layout', inList: false, present: [] };
    const colon = after(text, 'layout:');
    assert.deepEqual(at(text, colon + 1), { ...value, range: { start: colon + 1, end: colon + 1 } });
    assert.deepEqual(at(text, text.indexOf('post')), { ...value, range: rangeOf(text, 'post') });
    assert.deepEqual(at(text, after(text, 'post  ')), { ...value, range: rangeOf(text, 'post') });
  });

  test('after the closing bracket of a list written on one line nothing is offered', () => {
    const text = '---\ntags: [wow, "ab"]  \n---\n';
    assert.equal(at(text, after(text, ']  ')), undefined);
  });

  test('on a list item the item is covered, and the other items are present as YAML reads them', () => {
    const text = '---\ntags: [wow, "ab"]\ncategories:\n  - News\n  - \'level\'\n  - say \'hi\'\n  - \n  - Tech\n---\n';
    const data = parseYaml(text.slice(4, text.lastIndexOf('---'))) as { tags: string[]; categories: (string | null)[] };
    const others = (list: (string | null)[], item: string) => list.filter((name) => name !== null && name !== item);
    const tag = (item: string, written: string) => ({ kind: 'value', key: 'tags', range: rangeOf(text, written), inList: true, present: others(data.tags, item) });
    assert.deepEqual(at(text, text.indexOf('wow')), tag('wow', 'wow'));
    assert.deepEqual(at(text, after(text, '"ab"')), tag('ab', '"ab"'));
    const category = (item: string) => ({ kind: 'value', key: 'categories', range: rangeOf(text, item), inList: true, present: others(data.categories, item) });
    assert.deepEqual(at(text, text.indexOf('News')), category('News'));
    assert.deepEqual(at(text, after(text, 'News')), category('News'));
    assert.deepEqual(at(text, text.indexOf('Tech')), category('Tech'));
  });

  test('between list items a new item is offered at the cursor, with every item present', () => {
    const text = '---\ncategories:\n  - News\n  - \'level\'\n---\n';
    const between = after(text, 'News\n');
    assert.deepEqual(at(text, between), { kind: 'value', key: 'categories', range: { start: between, end: between }, inList: true, present: ['News', 'level'] });
  });
});

suite('completion positions in a CRLF post', () => {
  const text = '---\r\nlayout: post\r\ntitle: Hi\r\n---\r\n';

  test('at the end of a value line the value is covered; the line break belongs to no value', () => {
    const end = after(text, 'post');
    assert.deepEqual(at(text, end), { kind: 'value', key: 'layout', range: rangeOf(text, 'post'), inList: false, present: [] });
    assert.equal(at(text, end + 1), undefined);
  });

  test('at the start of the next line its key is covered', () => {
    assert.deepEqual(at(text, text.indexOf('title')), { kind: 'key', range: rangeOf(text, 'title'), present: ['layout'] });
  });
});
