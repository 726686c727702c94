import * as assert from 'node:assert/strict';
import { frontMatterPositionAt } from '../../src/core/frontMatter/completion';
import { jekyllDateVerdict } from '../../src/core/frontMatter/dateRules';
import { formatDate, readLooseDate } from '../../src/core/frontMatter/dates';
import { locateToml } from '../../src/core/frontMatter/locateToml';
import { taxonomiesOf } from '../../src/core/frontMatter/taxonomies';
import { analyse, rangeOf } from './frontMatterHelpers';

suite('front matter dates', () => {
  test('loose dates are read when unambiguous and written in each generator\'s style', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['21/08/2024', '2024-08-21', '2024-08-21'],
      ['08/21/2024', '2024-08-21', '2024-08-21'],
      ['08/07/2024', undefined, undefined],
      ['2024/8/21 9:30', '2024-08-21 09:30:00', '2024-08-21T09:30:00'],
      ['Aug 21, 2024 10:00 -0500', '2024-08-21 10:00:00 -0500', '2024-08-21T10:00:00-05:00'],
      ['21st August 2024', '2024-08-21', '2024-08-21'],
      ['2024-08-21T10:00:00Z', '2024-08-21 10:00:00 +0000', '2024-08-21T10:00:00Z'],
      ['2023-02-29', undefined, undefined],
      ['yesterday', undefined, undefined],
    ];
    for (const [input, jekyll, hugo] of cases) {
      const parts = readLooseDate(input);
      assert.equal(parts === undefined ? undefined : formatDate(parts, 'jekyll'), jekyll, input);
      assert.equal(parts === undefined ? undefined : formatDate(parts, 'hugo'), hugo, input);
      if (jekyll !== undefined) assert.deepEqual(jekyllDateVerdict(jekyll), { ok: true }, jekyll);
    }
  });
});

suite('TOML key locator', () => {
  test('finds keys and values across multi-line strings and arrays, quoted and dotted keys, comments and tables', () => {
    const text = '+++\ntitle = "a = b # not a comment"\n"quoted key" = 1\nbody = """\nline = 2\n"""\ntags = [\n  "x", # one\n  \'y\',\n]\nsite.name = "n"\ndate = 1979-05-27 07:32:00Z\n[params]\ninner = true\n+++\n';
    const content = { start: 4, end: text.lastIndexOf('+++') };
    const layout = locateToml(text, content);
    const entries = layout.root.entries!;
    assert.deepEqual(entries.map((entry) => entry.key), ['title', 'quoted key', 'body', 'tags', 'site', 'date', 'params']);
    const slice = (range: { start: number; end: number }) => text.slice(range.start, range.end);
    assert.deepEqual(entries.map((entry) => slice(entry.value.range)).slice(0, 6), ['"a = b # not a comment"', '1', '"""\nline = 2\n"""', 'tags = [\n  "x", # one\n  \'y\',\n]'.slice(7), '"n"', '1979-05-27 07:32:00Z']);
    assert.deepEqual(entries[3].value.items!.map((item) => slice(item.range)), ['"x"', "'y'"]);
    assert.deepEqual(entries[1].keyRange, rangeOf(text, '"quoted key"'));
    assert.equal(layout.firstTableStart, text.indexOf('[params]'));
    assert.deepEqual(entries[6].value.entries!.map((entry) => entry.key), ['inner']);
  });
});

suite('front matter completion positions', () => {
  const text = '---\nlayout: po\ncategories: [Announcement, ]\ntags:\n  - \nti\n---\n\nBody\n';
  const report = analyse(text).frontMatter;

  test('on a key, on a new line: a key, without the keys already there', () => {
    const onNewKey = frontMatterPositionAt(report, text, text.indexOf('ti\n') + 2);
    assert.equal(onNewKey?.kind, 'key');
    const typed = text.indexOf('ti\n---');
    assert.deepEqual(onNewKey?.range, { start: typed, end: typed + 2 });
    assert.ok(onNewKey?.kind === 'key' && onNewKey.present.includes('layout') && !onNewKey.present.includes('ti'));
  });

  test('after `layout:` a value, covering what is typed; inside a list an item, without the items already there', () => {
    const layout = frontMatterPositionAt(report, text, text.indexOf('po\n') + 2);
    assert.deepEqual(layout, { kind: 'value', key: 'layout', range: rangeOf(text, 'po'), inList: false, present: [] });
    const category = frontMatterPositionAt(report, text, text.indexOf(', ]') + 2);
    assert.equal(category?.kind, 'value');
    assert.ok(category?.kind === 'value' && category.key === 'categories' && category.inList && category.present.includes('Announcement'));
    const tag = frontMatterPositionAt(report, text, text.indexOf('  - ') + 4);
    assert.ok(tag?.kind === 'value' && tag.key === 'tags' && tag.inList);
  });

  test('outside the front matter there is nothing to complete', () => {
    assert.equal(frontMatterPositionAt(report, text, text.indexOf('Body')), undefined);
  });
});

suite('categories and tags of a post, for the workspace index', () => {
  test('lists and space-separated strings, YAML and TOML; nothing from a post without front matter', () => {
    assert.deepEqual(taxonomiesOf('---\ncategories: [Announcement, News]\ncategory: Solo\ntags: bitcoin ai\n---\n'), { categories: ['Announcement', 'News', 'Solo'], tags: ['bitcoin', 'ai'] });
    assert.deepEqual(taxonomiesOf('+++\ncategories = ["Hugo"]\ntags = ["x"]\n+++\n'), { categories: ['Hugo'], tags: ['x'] });
    assert.deepEqual(taxonomiesOf('# no front matter\n'), { categories: [], tags: [] });
  });
});
