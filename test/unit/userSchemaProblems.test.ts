import * as assert from 'node:assert/strict';
import { analyse } from './frontMatterHelpers';
import { parseDocument } from 'yaml';
import { userSchema } from './userSchemas';

/** The problems a schema alone (no preset) finds in a post, as `[code, severity, message, covered text]`. */
function seen(schema: object, text: string): [string, string, string, string][] {
  return analyse(text, { userSchema: userSchema(schema, true) }).frontMatter.problems
    .map((problem) => [problem.code, problem.severity, problem.message, text.slice(problem.range.start, problem.range.end)]);
}

/** One property `v` with the given rule, checked against `v: <value>`. */
function messageFor(rule: object, value: string): string[] {
  return seen({ properties: { v: rule } }, `---\nv: ${value}\n---\n`).map(([, , message]) => message);
}

suite('user schema problems: what each rule says', () => {
  test('a wrong type names the types in words, joined with "or"', () => {
    assert.deepEqual(seen({ properties: { v: { type: 'string' } } }, '---\nv: 5\n---\n'), [['front-matter/invalid-value', 'error', '`v` must be text.', '5']]);
    assert.deepEqual(messageFor({ type: ['string', 'number'] }, 'true'), ['`v` must be text or a number.']);
    assert.deepEqual(messageFor({ type: ['boolean', 'integer', 'array', 'object', 'null'] }, 'x'), ['`v` must be true or false or a whole number or a list or `key: value` pairs or empty.']);
  });

  test('a format or a pattern shows the first example when the schema has one, else names the rule', () => {
    assert.deepEqual(messageFor({ type: 'string', format: 'email' }, 'nobody'), ['`v` must be a valid email.']);
    assert.deepEqual(messageFor({ type: 'string', format: 'email', examples: ['me@example.com', 'you@example.com'] }, 'nobody'), ['`v` must look like me@example.com.']);
    assert.deepEqual(messageFor({ type: 'string', format: 'email', examples: [] }, 'nobody'), ['`v` must be a valid email.']);
    assert.deepEqual(messageFor({ type: 'string', pattern: '^v\\d$' }, 'x1'), ['`v` must match the pattern ^v\\d$.']);
    assert.deepEqual(messageFor({ type: 'string', pattern: '^v\\d$', examples: ['v1'] }, 'x1'), ['`v` must look like v1.']);
  });

  test('anyOf and oneOf stand for their branches: one problem naming the types of all branches, each once', () => {
    assert.deepEqual(messageFor({ anyOf: [{ type: 'string' }, { type: 'number' }] }, 'true'), ['`v` must be text or a number.']);
    assert.deepEqual(messageFor({ oneOf: [{ type: 'boolean' }, { type: 'array' }] }, '5'), ['`v` must be true or false or a list.']);
    assert.deepEqual(messageFor({ anyOf: [{ type: 'string', maxLength: 1 }, { type: 'string', pattern: '^a' }, { type: 'number' }] }, 'bcd'), ['`v` must be text or a number.']);
    assert.deepEqual(messageFor({ anyOf: [{ const: 1 }, { enum: [2, 3] }] }, '4'), ['`v` does not match any of the allowed forms.']);
    assert.deepEqual(messageFor({ anyOf: [{ const: 1 }, { type: 'string' }] }, '4'), ['`v` must be text.']);
    assert.deepEqual(messageFor({ oneOf: [{ type: 'string' }, { type: 'number' }], examples: ['2024'] }, 'true'), ['`v` must look like 2024.']);
  });

  test('const and enum name the allowed values; other rules keep Ajv\'s own words', () => {
    assert.deepEqual(messageFor({ const: 'post' }, 'page'), ['`v` must be post.']);
    assert.deepEqual(messageFor({ enum: ['a', 1, true] }, 'b'), ['`v` must be one of: a, 1, true.']);
    assert.deepEqual(messageFor({ type: 'string', minLength: 3 }, 'ab'), ['`v` must NOT have fewer than 3 characters.']);
  });

  test('a value that breaks two rules gets one problem, for the first rule', () => {
    assert.deepEqual(messageFor({ type: 'integer', minimum: 10 }, '5.5'), ['`v` must be a whole number.']);
  });
});

suite('user schema problems: where they land and in what order', () => {
  test('problems are in the order of the text, not of the schema, and at most 50 are shown', () => {
    const text = '---\na: 1\nb: 2\nc: 3\n---\n';
    const text3 = seen({ properties: { c: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' } } }, text);
    assert.deepEqual(text3.map(([, , message, covered]) => [message, covered]), [['`a` must be text.', '1'], ['`b` must be text.', '2'], ['`c` must be text.', '3']]);
    const keys = Array.from({ length: 60 }, (_, index) => `k${index}`);
    const many = seen({ properties: Object.fromEntries([...keys].reverse().map((key) => [key, { type: 'string' }])) }, `---\n${keys.map((key) => `${key}: 1`).join('\n')}\n---\n`);
    assert.deepEqual(many.map(([, , message]) => message), keys.slice(0, 50).map((key) => `\`${key}\` must be text.`));
  });

  test('every missing key is its own warning on the opening line', () => {
    assert.deepEqual(seen({ required: ['author', 'summary'] }, '---\nv: 1\n---\n'), [
      ['front-matter/missing-key', 'warning', '`author` is missing: your front matter schema requires it.', '---'],
      ['front-matter/missing-key', 'warning', '`summary` is missing: your front matter schema requires it.', '---'],
    ]);
  });

  test('a rule on the whole front matter lands on the opening line and says so', () => {
    assert.deepEqual(seen({ minProperties: 3 }, '---\nv: 1\n---\n'), [['front-matter/invalid-value', 'error', 'The front matter must NOT have fewer than 3 properties.', '---']]);
  });

  test('nested keys and list items are named by their path and land on what is written there', () => {
    const schema = {
      properties: {
        tags: { type: 'array', items: { type: 'string' } },
        meta: { type: 'object', required: ['name'], additionalProperties: false, properties: { name: {}, 'a/b': { type: 'string' }, 'c~d': { type: 'string' }, '2nd': { type: 'string' } } },
      },
    };
    const body = 'tags: [a, b, c, d, e, f, g, h, i, j, [k]]\nmeta:\n  a/b: 1\n  c~d: 2\n  2nd: 3\n  tags: x\n';
    const text = `---\n${body}---\n`;
    const metaRange = parseDocument(body, { version: '1.1' }).get('meta', true) as { range: [number, number, number] };
    const problems = analyse(text, { userSchema: userSchema(schema, true) }).frontMatter.problems;
    assert.deepEqual(problems.map((problem) => [problem.code, problem.message, problem.path, text.slice(problem.range.start, problem.range.end)]), [
      ['front-matter/invalid-value', '`tags` item 11 must be text.', ['tags', 10], '[k]'],
      ['front-matter/missing-key', '`meta.name` is missing: your front matter schema requires it.', ['meta', 'name'], body.slice(metaRange.range[0], metaRange.range[1]).trimEnd()],
      ['front-matter/invalid-value', '`meta.a/b` must be text.', ['meta', 'a/b'], '1'],
      ['front-matter/invalid-value', '`meta.c~d` must be text.', ['meta', 'c~d'], '2'],
      ['front-matter/invalid-value', '`meta.2nd` must be text.', ['meta', '2nd'], '3'],
      ['front-matter/invalid-value', '`meta.tags` is not a key your front matter schema allows.', ['meta', 'tags'], 'tags'],
    ]);
  });

  test('an unknown top-level key is an error on the key, with its path', () => {
    const text = '---\nv: 1\nextra: 2\n---\n';
    const [problem] = analyse(text, { userSchema: userSchema({ additionalProperties: false, properties: { v: {} } }, true) }).frontMatter.problems;
    assert.deepEqual([problem.code, problem.severity, problem.path, text.slice(problem.range.start, problem.range.end)], ['front-matter/invalid-value', 'error', ['extra'], 'extra']);
  });

  test('a YAML set is checked as a list and an ordered map as `key: value` pairs', () => {
    const schema = { properties: { s: { type: 'array', maxItems: 1 }, o: { type: 'object', maxProperties: 1, properties: { x: { type: 'string' } } } } };
    assert.deepEqual(seen(schema, '---\ns: !!set {a, b}\no: !!omap [{x: 1}, {2: 3}]\n---\n').map(([, , message]) => message), [
      '`s` must NOT have more than 1 items.',
      '`o` must NOT have more than 1 properties.',
      '`o.x` must be text.',
    ]);
  });

  test('a key written as a number is a key of its mapping, not a list item', () => {
    const numbered = { properties: { o: { type: 'object', additionalProperties: { type: 'string' } } } };
    assert.deepEqual(seen(numbered, '---\no:\n  2: 5\n---\n'), [['front-matter/invalid-value', 'error', '`o.2` must be text.', '5']]);
    assert.deepEqual(seen({ properties: { o: { type: 'array', items: { type: 'string' } } } }, '---\no:\n  - a\n  - 5\n---\n'),
      [['front-matter/invalid-value', 'error', '`o` item 2 must be text.', '5']]);
  });
});
