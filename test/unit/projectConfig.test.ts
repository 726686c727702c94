import * as assert from 'node:assert/strict';
import { parseProjectConfig } from '../../src/core/config/projectConfig';

/** The text a problem's range covers, so each test reads as "this part of the file is flagged". */
function flagged(text: string) {
  return parseProjectConfig(text).problems.map((problem) => [problem.code, problem.severity, text.slice(problem.range.start, problem.range.end), problem.message]);
}

suite('.threadwright.json: a valid file', () => {
  test('every key is read into the typed config', () => {
    const text = JSON.stringify({
      $schema: 'https://example.com/threadwright.schema.json',
      platforms: ['x', 'bluesky'],
      preset: 'hugo',
      schema: 'schemas/post.json',
      limits: { mastodon: 1000, title: 70, description: 150 },
      numbering: 'parens',
      threadsHeadings: ['Thread drafts', 'Threads'],
    }, null, 2);
    assert.deepEqual(parseProjectConfig(text), {
      config: {
        platforms: ['x', 'bluesky'],
        preset: 'hugo',
        schema: 'schemas/post.json',
        limits: { mastodon: 1000, title: 70, description: 150 },
        numbering: 'parens',
        threadsHeadings: ['Thread drafts', 'Threads'],
      },
      problems: [],
    });
  });

  test('an empty object, a byte order mark and escapes in strings are fine', () => {
    assert.deepEqual(parseProjectConfig('{}'), { config: {}, problems: [] });
    assert.deepEqual(parseProjectConfig('\uFEFF{"threadsHeadings": ["Caf\\u00e9 \\"threads\\""]}').config, { threadsHeadings: ['Café "threads"'] });
  });
});

suite('.threadwright.json: mistakes are flagged where they are written', () => {
  test('an unknown platform is flagged on its own entry, and the other keys still apply', () => {
    const text = '{\n  "platforms": ["x", "twitter"],\n  "preset": "jekyll"\n}\n';
    const result = parseProjectConfig(text);
    assert.deepEqual(flagged(text), [['config/invalid-value', 'error', '"twitter"', 'Unknown platform "twitter": use "x", "bluesky", "mastodon" or "threads"']]);
    assert.deepEqual(result.config, { preset: 'jekyll' });
  });

  test('wrong types and values name the key and what it accepts', () => {
    const text = '{"platforms": "x", "preset": "gatsby", "numbering": 3, "schema": "", "threadsHeadings": ["ok", " "], "limits": {"mastodon": 0, "title": 60.5}}';
    assert.deepEqual(flagged(text), [
      ['config/invalid-value', 'error', '"x"', '`platforms` must be a non-empty list of strings'],
      ['config/invalid-value', 'error', '"gatsby"', '`preset` must be "jekyll" or "hugo"'],
      ['config/invalid-value', 'error', '3', '`numbering` must be "prefix", "suffix", "parens" or "none"'],
      ['config/invalid-value', 'error', '""', '`schema` must be the path of a JSON Schema file, relative to this file'],
      ['config/invalid-value', 'error', '" "', 'A threads heading cannot be empty'],
      ['config/invalid-value', 'error', '0', '`limits.mastodon` must be a whole number from 1 to 100000'],
      ['config/invalid-value', 'error', '60.5', '`limits.title` must be a whole number from 1 to 100000'],
    ]);
  });

  test('a repeated platform and a key set twice are errors on the second occurrence', () => {
    const text = '{"platforms": ["x", "x"], "preset": "hugo", "preset": "jekyll"}';
    assert.deepEqual(flagged(text), [
      ['config/invalid-value', 'error', '"preset"', '"preset" is set twice'],
      ['config/invalid-value', 'error', '"x"', '"x" is listed twice in `platforms`'],
    ]);
    const second = parseProjectConfig(text).problems[1].range.start;
    assert.equal(second, text.lastIndexOf('"x"'));
    assert.deepEqual(parseProjectConfig(text).config, { preset: 'hugo' });
  });

  test('an unknown key is a warning on the key, so a typo is seen but nothing breaks', () => {
    const text = '{"platfroms": ["x"], "limits": {"bluesky": 300}}';
    assert.deepEqual(flagged(text), [
      ['config/unknown-key', 'warning', '"platfroms"', 'Unknown key "platfroms" is ignored; known keys: platforms, preset, schema, limits, numbering, threadsHeadings, ignores'],
      ['config/unknown-key', 'warning', '"bluesky"', 'Unknown key "limits.bluesky" is ignored; known keys: limits.mastodon, limits.title, limits.description'],
    ]);
  });

  test('each remaining wrong value names its key: `$schema`, a non-string entry, `limits` that is not an object, `ignores`', () => {
    const text = '{"$schema": 1, "threadsHeadings": ["ok", 2], "ignores": [], "limits": [500]}';
    assert.deepEqual(flagged(text), [
      ['config/invalid-value', 'error', '1', '`$schema` must be a string'],
      ['config/invalid-value', 'error', '2', 'Every entry of `threadsHeadings` must be a string'],
      ['config/invalid-value', 'error', '[]', '`ignores` must be a non-empty list of strings'],
      ['config/invalid-value', 'error', '[500]', '`limits` must be an object, e.g. {"mastodon": 500, "title": 60}'],
    ]);
    assert.deepEqual(parseProjectConfig(text).config, {});
  });

  test('`ignores` is read as its globs; the limits take 1 and 100000 themselves', () => {
    assert.deepEqual(parseProjectConfig('{"ignores": ["drafts/**", "_site/**"], "limits": {"mastodon": 100000, "title": 1}}'), {
      config: { ignores: ['drafts/**', '_site/**'], limits: { mastodon: 100000, title: 1 } },
      problems: [],
    });
  });

  test('a syntax error is a config/syntax error and nothing else is read', () => {
    assert.deepEqual(parseProjectConfig('{"preset": "hugo",, }'), {
      config: {},
      problems: [{ code: 'config/syntax', severity: 'error', message: 'Expected a key in double quotes', range: { start: 18, end: 19 } }],
    });
  });

  test('a file that is not an object is one error over the whole value', () => {
    assert.deepEqual(flagged('["x"]'), [['config/invalid-value', 'error', '["x"]', 'The project file must be a JSON object, e.g. {"platforms": ["x"]}']]);
  });
});

suite('.threadwright.json: JSON syntax errors point at the character', () => {
  // ▸ marks where the error starts; the second column is the text it covers.
  const cases: [string, string, string][] = [
    ['{"preset": "hugo" ▸"numbering": "none"}', '"numbering"', 'Expected a comma between the values'],
    ["{▸'preset': 'hugo'}", "'preset'", 'Strings need double quotes in JSON'],
    ['{"preset": ▸hugo}', 'hugo', 'Unexpected word hugo: text values need double quotes'],
    ['{"preset": ▸"hugo}\n', '"hugo}', 'This string is never closed: add a double quote'],
    ['▸/* settings\n{}', '/* settings\n{}', 'This comment is never closed: add */'],
    ['{"preset": "hugo"}▸}', '}', 'Unexpected text after the end of the JSON value'],
    ['{"preset"▸', '', 'Expected a colon after the key'],
    ['{"platforms": ["x",▸,]}', ',', 'Expected a value'],
    ['▸  ', '', 'The file is empty: write a JSON object, e.g. {"platforms": ["x"]}'],
  ];
  for (const [marked, at, message] of cases) {
    const text = marked.replace('▸', '');
    test(`${JSON.stringify(text)}: ${message}`, () => {
      const { problems, config } = parseProjectConfig(text);
      assert.equal(problems.length, 1);
      assert.equal(problems[0].code, 'config/syntax');
      assert.equal(problems[0].message, message);
      assert.equal(problems[0].range.start, marked.indexOf('▸'));
      assert.equal(text.slice(problems[0].range.start, problems[0].range.end), at);
      assert.deepEqual(config, {});
    });
  }

  test('comments and trailing commas are accepted (JSONC, as VS Code reads it), and positions after them stay exact', () => {
    const text = '// the rules\n{\n  /* where */ "platforms": ["x", "bluesky",],\n  "preset": "gatsby",\n}\n';
    const { config, problems } = parseProjectConfig(text);
    assert.deepEqual(config, { platforms: ['x', 'bluesky'] });
    assert.deepEqual(problems.map((problem) => [problem.code, text.slice(problem.range.start, problem.range.end)]), [['config/invalid-value', '"gatsby"']]);
  });

  test('nesting 100,000 levels deep is refused quickly instead of exhausting the stack', () => {
    const text = `{"limits": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const started = Date.now();
    const [problem] = parseProjectConfig(text).problems;
    assert.equal(problem.message, 'Nested more than 64 levels deep');
    assert.ok(Date.now() - started < 1000);
  });
});
