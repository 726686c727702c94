import * as assert from 'node:assert/strict';
import { compileUserSchema } from '../../src/core/frontMatter/schema';
import type { WorkspaceFacts } from '../../src/core/frontMatter/workspace';
import { EXAMPLE_POST } from './examplePost';
import { analyse, rangeOf, squiggles } from './frontMatterHelpers';
import { userSchema } from './userSchemas';

function workspace(files: string[], layouts?: string[], postPath = '_posts/2024-08-21-post.md'): WorkspaceFacts {
  return {
    postPath,
    fileExists: (path) => files.includes(path),
    fileNames: (folder) => (folder === '_layouts' ? layouts?.map((name) => `${name}.html`) : undefined),
    readText: () => null,
  };
}

suite('front-matter/invalid-value', () => {
  test('a US-style Jekyll date (month first) is flagged on the value, naming the part Ruby cannot read', () => {
    const text = '---\ntitle: x\nlayout: post\ndate: 08/21/2024\n---\n';
    const [problem] = analyse(text).frontMatter.problems;
    assert.equal(problem.code, 'front-matter/invalid-value');
    assert.deepEqual(problem.range, rangeOf(text, '08/21/2024'));
    assert.equal(problem.message, '`date`: the month 21 does not exist, so Jekyll cannot read this date.');
    assert.equal(problem.severity, 'error');
  });

  test('dates Ruby reads as written pass: T, Z, colon offsets, one-digit hours and months, fractions, month names', () => {
    const read = ['2024-08-21', '2024-08-21 10:00', '2024-08-21 10:00:00', '2024-08-21 10:00:00 +0100', '2024-02-29', '2024-01-02T10:00:00Z',
      '2014-09-28T14:59:29-04:00', '2024-01-02 10:00:00 +01:00', '2013-11-22 5:00:00 +0000', '2024-01-02 10:00:00.123 +0100', '2024-1-2', '2024-08-21T10:00:00',
      '21/08/2024', '21 August 2024', 'Aug 21, 2024', 'Sept 3, 2024'];
    for (const date of read) assert.deepEqual(squiggles(`---\ntitle: x\nlayout: post\ndate: ${date}\n---\n`), [], date);
    for (const date of ['2023-02-29', '2024-13-01', '2024-08-21 25:00', 'tomorrow']) {
      assert.deepEqual(squiggles(`---\ntitle: x\nlayout: post\ndate: ${date}\n---\n`), [['front-matter/invalid-value', date]], date);
    }
  });

  test('dates Ruby silently misreads: an impossible day rolled over, a month guessed from three letters, an offset dropped', () => {
    const messages = (date: string) => analyse(`---\ntitle: x\nlayout: post\ndate: ${date}\n---\n`).frontMatter.problems.map((p) => [p.severity, p.message]);
    assert.deepEqual(messages('2024-02-30'), [['error', '`date`: February 2024 has no day 30; Jekyll would not date the post as written.']]);
    assert.deepEqual(messages('1 Junk 2024'), [['error', '`date`: "Junk" is not a month name; Jekyll would guess a month from its first three letters. Write the month as a number or its English name.']]);
    assert.deepEqual(messages('Decoy 3, 2024'), [['error', '`date`: "Decoy" is not a month name; Jekyll would guess a month from its first three letters. Write the month as a number or its English name.']]);
    assert.deepEqual(messages('2023-01-29 18:30:22 2023 -0800'), [['warning', '`date`: Jekyll ignores the offset -0800 because `2023` stands between the time and it, so the post is dated 18:30 in the site\'s time zone. Remove `2023`.']]);
  });

  test('Hugo dates are the layouts Hugo reads; a TOML date-time value passes; others name what is wrong', () => {
    assert.deepEqual(squiggles('+++\ntitle = "x"\ndate = 2023-10-19T00:40:04-07:00\n+++\n'), []);
    for (const date of ['2023-10-19T00:40:04-07:00', '2024-01-02 10:00:00 +0100', '"2012-10-30T00:00:00Z"', '2024-01-02', '02 Jan 2024', '2024-01-02T10:00:00', '2024-01-02 10:00:00']) {
      assert.deepEqual(squiggles(`---\ntitle: x\ndate: ${date}\n---\n`, { preset: 'hugo' }), [], date);
    }
    const messages = (date: string) => analyse(`+++\ntitle = "x"\ndate = "${date}"\n+++\n`).frontMatter.problems.map((p) => p.message);
    assert.deepEqual(messages('19 October 2023'), ['`date`: "19 October 2023" is not in a date layout Hugo reads, so Hugo cannot read it and the post gets no date. Write it as 2024-08-21T10:00:00+01:00 (or 2024-08-21).']);
    assert.deepEqual(messages('2024-1-2'), ['`date`: the month and the day need two digits each, so Hugo cannot read it and the post gets no date. Write it as 2024-08-21T10:00:00+01:00 (or 2024-08-21).']);
    assert.deepEqual(messages('2024-01-02 10:00'), ['`date`: the time needs seconds (10:00:00, not 10:00), so Hugo cannot read it and the post gets no date. Write it as 2024-08-21T10:00:00+01:00 (or 2024-08-21).']);
  });

  test('published and draft must be booleans', () => {
    const text = '---\ntitle: x\nlayout: post\npublished: maybe\n---\n';
    assert.deepEqual(analyse(text).frontMatter.problems.map((p) => [p.message, text.slice(p.range.start, p.range.end)]), [['`published` must be true or false.', 'maybe']]);
    assert.deepEqual(squiggles('+++\ntitle = "x"\ndraft = "no"\n+++\n'), [['front-matter/invalid-value', '"no"']]);
  });

  test('categories and tags may be a list or one string in both generators (Hugo makes a term page of the string)', () => {
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\ncategories: news crypto\ntags: [a, b]\n---\n'), []);
    assert.deepEqual(squiggles('+++\ntitle = "x"\ncategories = "news"\ntags = ["a", 3]\n+++\n'), []);
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\ncategories: {a: 1}\n---\n').map(([code]) => code), ['front-matter/invalid-value']);
  });

  test('Hugo weight as a whole number or its text ("5") passes; other text does not', () => {
    assert.deepEqual(squiggles('---\ntitle: x\nweight: "5"\n---\n', { preset: 'hugo' }), []);
    assert.deepEqual(squiggles('+++\ntitle = "x"\nweight = 5\n+++\n'), []);
    assert.deepEqual(squiggles('+++\ntitle = "x"\nweight = "five"\n+++\n'), [['front-matter/invalid-value', '"five"']]);
  });

  test('an empty image, or a mapping a theme defines (feature, twitter), is not checked; a string path still is', () => {
    for (const image of ['', '{feature: a.png, credit: me}', '{twitter: a.png, facebook: b.png}']) {
      assert.deepEqual(squiggles(`---\ntitle: x\nlayout: post\nimage: ${image}\n---\n`, { workspace: workspace([]) }), [], image);
    }
    assert.deepEqual(squiggles('---\ntitle: x\nlayout: post\nimage: a.png\n---\n', { workspace: workspace([]) }).map(([code]) => code), ['front-matter/missing-file']);
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
    const unknown: WorkspaceFacts = { fileExists: () => undefined, fileNames: () => undefined, readText: () => undefined };
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
