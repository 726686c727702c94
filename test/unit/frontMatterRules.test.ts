import * as assert from 'node:assert/strict';
import { compileUserSchema, type UserSchema } from '../../src/core/frontMatter/schema';
import type { WorkspaceFacts } from '../../src/core/frontMatter/workspace';
import { EXAMPLE_POST } from './examplePost';
import { analyse, rangeOf, squiggles } from './frontMatterHelpers';

function workspace(files: string[], layouts?: string[], postPath = '_posts/2024-08-21-post.md'): WorkspaceFacts {
  return { postPath, fileExists: (path) => files.includes(path), layouts: () => layouts };
}

function userSchema(schema: object, replacesPreset = false): UserSchema {
  const compiled = compileUserSchema(schema, replacesPreset);
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled;
}

suite('front-matter/invalid-value', () => {
  test('a Jekyll date in another format is flagged on the value with the format to use', () => {
    const text = '---\ntitle: x\nlayout: post\ndate: 21/08/2024\n---\n';
    const [problem] = analyse(text).frontMatter.problems;
    assert.equal(problem.code, 'front-matter/invalid-value');
    assert.deepEqual(problem.range, rangeOf(text, '21/08/2024'));
    assert.equal(problem.message, '`date` must look like 2024-08-21 10:00:00 +0100.');
    assert.equal(problem.severity, 'error');
  });

  test('dates Jekyll documents pass, with or without time and offset; impossible days do not', () => {
    for (const date of ['2024-08-21', '2024-08-21 10:00', '2024-08-21 10:00:00', '2024-08-21 10:00:00 +0100', '2024-02-29']) {
      assert.deepEqual(squiggles(`---\ntitle: x\nlayout: post\ndate: ${date}\n---\n`), [], date);
    }
    for (const date of ['2023-02-29', '2024-13-01', '2024-08-21T10:00:00', '2024-08-21 25:00']) {
      assert.deepEqual(squiggles(`---\ntitle: x\nlayout: post\ndate: ${date}\n---\n`), [['front-matter/invalid-value', date]], date);
    }
  });

  test('Hugo dates are RFC 3339; a TOML date-time value passes', () => {
    assert.deepEqual(squiggles('+++\ntitle = "x"\ndate = 2023-10-19T00:40:04-07:00\n+++\n'), []);
    assert.deepEqual(squiggles('---\ntitle: x\ndate: 2023-10-19T00:40:04-07:00\n---\n', { preset: 'hugo' }), []);
    const text = '+++\ntitle = "x"\ndate = "19 October 2023"\n+++\n';
    const [problem] = analyse(text).frontMatter.problems;
    assert.deepEqual([problem.range, problem.message], [rangeOf(text, '"19 October 2023"'), '`date` must look like 2023-10-19T00:40:04-07:00.']);
  });

  test('published and draft must be booleans', () => {
    const text = '---\ntitle: x\nlayout: post\npublished: maybe\n---\n';
    assert.deepEqual(analyse(text).frontMatter.problems.map((p) => [p.message, text.slice(p.range.start, p.range.end)]), [['`published` must be true or false.', 'maybe']]);
    assert.deepEqual(squiggles('+++\ntitle = "x"\ndraft = "no"\n+++\n'), [['front-matter/invalid-value', '"no"']]);
  });

  test('Jekyll takes categories as a list or a space-separated string; Hugo only as a list', () => {
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\ncategories: news crypto\ntags: [a, b]\n---\n'), []);
    const text = '+++\ntitle = "x"\ncategories = "news crypto"\ntags = ["a", 3]\n+++\n';
    assert.deepEqual(analyse(text).frontMatter.problems.map((p) => [p.message, text.slice(p.range.start, p.range.end)]), [
      ['`categories` must be a list.', '"news crypto"'],
      ['`tags` item 2 must be text.', '3'],
    ]);
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\ncategories: {a: 1}\n---\n').map(([code]) => code), ['front-matter/invalid-value']);
  });

  test('a user schema adds its rules to the preset, with its own enum and allowed keys', () => {
    const schema = userSchema({ type: 'object', properties: { layout: { enum: ['post', 'page'] }, title: {} }, required: ['author'] });
    const text = '---\ntitle: x\nlayout: article\n---\n';
    assert.deepEqual(analyse(text, { userSchema: schema }).frontMatter.problems.map((p) => [p.code, p.message, text.slice(p.range.start, p.range.end)]), [
      ['front-matter/missing-key', '`author` is missing: your front matter schema requires it.', '---'],
      ['front-matter/invalid-value', '`layout` must be one of: post, page.', 'article'],
    ]);
  });

  test('a user schema that replaces the preset drops the preset rules; unknown keys land on the key', () => {
    const schema = userSchema({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', additionalProperties: false, properties: { title: { type: 'string' } } }, true);
    const text = '---\ntitle: x\nsubtitle: y\n---\n';
    assert.deepEqual(analyse(text, { userSchema: schema }).frontMatter.problems.map((p) => [p.message, text.slice(p.range.start, p.range.end)]), [
      ['`subtitle` is not a key your front matter schema allows.', 'subtitle'],
    ]);
  });

  test('a schema Ajv cannot compile gives its reason instead of throwing', () => {
    const compiled = compileUserSchema({ type: 'object', properties: { a: { $ref: '#/definitions/missing' } } }, false);
    assert.ok('error' in compiled && /missing/.test(compiled.error));
    assert.ok('error' in compileUserSchema([1, 2], false));
  });
});

suite('front-matter/missing-file', () => {
  test('an image missing from the workspace is a warning on its value; found from the root or the post folder it is fine', () => {
    const text = '---\ntitle: x\nlayout: post\nimage: assets/cover.png\n---\n';
    const [problem] = analyse(text, { workspace: workspace([]) }).frontMatter.problems;
    assert.equal(problem.code, 'front-matter/missing-file');
    assert.equal(problem.severity, 'warning');
    assert.deepEqual(problem.range, rangeOf(text, 'assets/cover.png'));
    assert.deepEqual(squiggles(text, { workspace: workspace(['assets/cover.png']) }), []);
    assert.deepEqual(squiggles(text, { workspace: workspace(['_posts/assets/cover.png']) }), []);
    assert.deepEqual(squiggles(text.replace('assets/', '/assets/'), { workspace: workspace(['assets/cover.png']) }), []);
  });

  test('URLs, templates and answers not known yet are not reported; without workspace facts nothing is checked', () => {
    for (const image of ['https://example.com/a.png', '{{ site.logo }}', 'data:image/png;base64,AAAA']) {
      assert.deepEqual(squiggles(`---\ntitle: x\nlayout: post\nimage: "${image}"\n---\n`, { workspace: workspace([]) }), [], image);
    }
    const unknown: WorkspaceFacts = { fileExists: () => undefined, layouts: () => undefined };
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\nimage: a.png\n---\n', { workspace: unknown }), []);
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\nimage: a.png\n---\n'), []);
  });

  test('a layout that _layouts/ does not have is flagged on the value; no _layouts/ folder, no check', () => {
    const text = '---\ntitle: x\nlayout: article\n---\n';
    const [problem] = analyse(text, { workspace: workspace([], ['default', 'post']) }).frontMatter.problems;
    assert.deepEqual([problem.code, problem.range, problem.message], ['front-matter/missing-file', rangeOf(text, 'article'), '`layout` names article, but `_layouts/` has no such file (it has default, post).']);
    assert.deepEqual(squiggles(text.replace('article', 'post'), { workspace: workspace([], ['default', 'post']) }), []);
    assert.deepEqual(squiggles(text, { workspace: workspace([], undefined) }), []);
  });

  test('paths a user schema marks are checked too', () => {
    const schema = userSchema({ type: 'object', properties: { thumbnail: { type: 'string', threadwrightPath: true } } });
    const text = '---\ntitle: x\nlayout: post\nthumbnail: t.png\n---\n';
    assert.deepEqual(squiggles(text, { userSchema: schema, workspace: workspace([]) }), [['front-matter/missing-file', 't.png']]);
  });
});

suite('front-matter/too-long', () => {
  test('a title over 60 characters and a description over 160 are warnings on the value; limits are settings', () => {
    const title = 'T'.repeat(61);
    const description = 'd'.repeat(161);
    const text = `---\ntitle: ${title}\nlayout: post\ndescription: ${description}\n---\n`;
    const problems = analyse(text).frontMatter.problems;
    assert.deepEqual(problems.map((p) => [p.code, p.severity, text.slice(p.range.start, p.range.end), p.message]), [
      ['front-matter/too-long', 'warning', title, '`title` is 61 characters; search results show about 60.'],
      ['front-matter/too-long', 'warning', description, '`description` is 161 characters; search results and link previews show about 160.'],
    ]);
    assert.deepEqual(squiggles(`---\ntitle: ${'T'.repeat(60)}\nlayout: post\n---\n`), []);
    assert.deepEqual(squiggles(text, { titleMaxLength: 70, descriptionMaxLength: 0 }), []);
  });

  test('characters are counted as the writer sees them: an emoji is one', () => {
    assert.deepEqual(squiggles(`---\ntitle: "${'🚀'.repeat(60)}"\nlayout: post\n---\n`), []);
  });
});

suite('front matter of the example post', () => {
  test('no error; one missing-file warning for its image (no assets/ in examples), and its 95-character title is too long', () => {
    const problems = analyse(EXAMPLE_POST, { workspace: workspace(['financial-pressures.md'], ['post'], 'financial-pressures.md') }).frontMatter.problems;
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const missing = problems.filter((p) => p.code === 'front-matter/missing-file');
    assert.equal(missing.length, 1);
    assert.deepEqual(missing[0].range, rangeOf(EXAMPLE_POST, 'assets/images/Financial_Pressures.png'));
    const title = 'Financial Pressures Drive Bitcoin Miners to AI: Exploring the Shift to Sustainable Alternatives';
    assert.deepEqual(problems.filter((p) => p.code === 'front-matter/too-long').map((p) => p.message), [`\`title\` is ${title.length} characters; search results show about 60.`]);
  });
});
