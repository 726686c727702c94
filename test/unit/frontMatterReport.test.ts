import * as assert from 'node:assert/strict';
import { chooseRules, DEFAULT_FRONT_MATTER_OPTIONS } from '../../src/core/frontMatter/check';
import type { WorkspaceFacts } from '../../src/core/frontMatter/workspace';
import { analyse, rangeOf } from './frontMatterHelpers';
import { userSchema } from './userSchemas';

/** A workspace that knows where the post is and nothing else: no site config, no file listings. */
function postAt(postPath: string): WorkspaceFacts {
  return { postPath, fileExists: () => undefined, fileNames: () => undefined, readText: () => null };
}

const LAYOUT_MISSING_FOR_JEKYLL = '`layout` is missing: neither the post nor a `defaults:` entry in _config.yml sets it, so Jekyll renders the post without a layout.';

suite('which rules a post is checked with, and the reason the status tooltip gives', () => {
  test('TOML is Hugo\'s, a set preset wins, and without a config Jekyll is the default', () => {
    assert.deepEqual(chooseRules(DEFAULT_FRONT_MATTER_OPTIONS, 'toml'), { preset: 'hugo', reason: 'TOML (`+++`) front matter is Hugo\'s', detected: undefined });
    assert.deepEqual(chooseRules({ ...DEFAULT_FRONT_MATTER_OPTIONS, preset: 'hugo' }, 'yaml'), { preset: 'hugo', reason: 'set by the `preset` setting or .threadwright.json', detected: undefined });
    assert.deepEqual(chooseRules(DEFAULT_FRONT_MATTER_OPTIONS, 'yaml'), { preset: 'jekyll', reason: 'no Jekyll or Hugo config found, so Jekyll\'s rules (the default)' });
  });
});

suite('a byte order mark before the front matter', () => {
  const text = '---\ntitle: Hi\nlayout: post\n---\n';

  test('on a page, an error on the opening `---` says Jekyll ignores the front matter', () => {
    for (const workspace of [undefined, postAt('about.md'), postAt('site/pages/posts.md')]) {
      assert.deepEqual(analyse(text, { fileHasBom: true, workspace }).frontMatter.problems, [{
        code: 'front-matter/bom',
        severity: 'error',
        range: rangeOf(text, '---'),
        message: 'A byte order mark (BOM) comes before this `---`, so Jekyll ignores the front matter of this page (posts in `_posts/` are read either way). Save the file as UTF-8 without BOM.',
      }], workspace?.postPath);
    }
  });

  test('on a post or a draft, at the top of the site or deeper, nothing is said', () => {
    for (const path of ['_posts/2024-01-01-hi.md', '_drafts/hi.md', 'site/_posts/2024-01-01-hi.md']) {
      assert.deepEqual(analyse(text, { fileHasBom: true, workspace: postAt(path) }).frontMatter.problems, [], path);
    }
  });
});

suite('long titles', () => {
  const titled = (length: number) => `---\ntitle: ${'x'.repeat(length)}\nlayout: post\n---\n`;

  test('a title one character over the limit is flagged on its value, with the key as its path', () => {
    const text = titled(11);
    assert.deepEqual(analyse(text, { titleMaxLength: 10 }).frontMatter.problems, [{
      code: 'front-matter/too-long',
      severity: 'warning',
      range: rangeOf(text, 'x'.repeat(11)),
      path: ['title'],
      message: '`title` is 11 characters; search results show about 10.',
    }]);
    assert.deepEqual(analyse(titled(10), { titleMaxLength: 10 }).frontMatter.problems, []);
  });

  test('a title that is not text is flagged as such, not also as too long', () => {
    const text = '---\ntitle: 123456789012345\nlayout: post\n---\n';
    assert.deepEqual(analyse(text, { titleMaxLength: 10 }).frontMatter.problems.map((problem) => [problem.code, problem.message]), [['front-matter/invalid-value', '`title` must be text.']]);
  });

  test('a limit of 0 turns the check off', () => {
    assert.deepEqual(analyse(titled(500), { titleMaxLength: 0 }).frontMatter.problems, []);
  });
});

suite('values that come through a YAML merge key', () => {
  test('are read, and the keys written in the post are still checked', () => {
    const text = `---\n<<: {title: "${'x'.repeat(70)}", date: "yesterday"}\nlayout: 5\n---\n`;
    const report = analyse(text).frontMatter;
    assert.deepEqual(report.parsed?.data, { title: 'x'.repeat(70), date: 'yesterday', layout: 5 });
    assert.deepEqual(report.problems.filter((problem) => problem.path?.[0] === 'layout').map((problem) => [problem.code, text.slice(problem.range.start, problem.range.end)]), [['front-matter/invalid-value', '5']]);
  });
});

suite('a writer\'s schema on top of the Jekyll preset', () => {
  test('the schema\'s own requirements and the missing layout are both reported', () => {
    const problems = analyse('---\ntitle: Hi\n---\n', { userSchema: userSchema({ type: 'object', required: ['author'] }) }).frontMatter.problems;
    assert.deepEqual(problems.map((problem) => [problem.path, problem.message]), [
      [['author'], '`author` is missing: your front matter schema requires it.'],
      [['layout'], LAYOUT_MISSING_FOR_JEKYLL],
    ]);
  });

  test('a schema that requires `layout` too gives a post without one a single missing-layout warning', () => {
    const problems = analyse('---\ntitle: Hi\n---\n', { userSchema: userSchema({ type: 'object', required: ['author', 'layout'] }) }).frontMatter.problems;
    assert.deepEqual(problems.map((problem) => [problem.code, problem.path]), [['front-matter/missing-key', ['author']], ['front-matter/missing-key', ['layout']]]);
  });
});
