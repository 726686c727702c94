import * as assert from 'node:assert/strict';
import { PRESETS } from '../../src/core/frontMatter/presets';
import { activeSchema, presetSchema } from '../../src/core/frontMatter/schema';
import { analyse } from './frontMatterHelpers';
import { userSchema } from './userSchemas';

suite('schemas compiled once and combined once', () => {
  test('a preset\'s schema is compiled once: every request gives the same compiled schema', () => {
    assert.equal(presetSchema('jekyll'), presetSchema('jekyll'));
    assert.notEqual(presetSchema('jekyll'), presetSchema('hugo'));
  });

  test('the rules of a preset, alone or with a writer\'s schema, are combined once per pair', () => {
    assert.equal(activeSchema('hugo'), activeSchema('hugo'));
    const user = userSchema({ type: 'object', required: ['author'] });
    assert.equal(activeSchema('hugo', user), activeSchema('hugo', user));
    assert.notEqual(activeSchema('hugo', user), activeSchema('hugo'));
    assert.notEqual(activeSchema('jekyll', user), activeSchema('hugo', user));
  });

  test('the required keys of a preset and a writer\'s schema are listed once each, the preset\'s first', () => {
    const presetRequired = PRESETS.jekyll.schema.required as string[];
    const user = userSchema({ type: 'object', required: ['author', ...presetRequired] });
    assert.deepEqual(activeSchema('jekyll', user).required, [...presetRequired, 'author']);
    assert.deepEqual(activeSchema('jekyll', userSchema({ type: 'object', required: ['author'] }, true)).required, ['author']);
  });

  test('a preset reports every problem of a post at once, not only the first', () => {
    const text = '---\ntitle: 5\nlayout: 7\n---\n';
    const problems = analyse(text, { preset: 'jekyll' }).frontMatter.problems;
    assert.deepEqual(problems.map((problem) => [problem.code, text.slice(problem.range.start, problem.range.end)]), [['front-matter/invalid-value', '5'], ['front-matter/invalid-value', '7']]);
  });
});

suite('the JSON Schema draft a writer names', () => {
  test('draft-07 (also the default), 2019-09 and 2020-12 schemas each compile and validate by their own draft', () => {
    const unevaluated = { type: 'object', properties: { title: {} }, unevaluatedProperties: false };
    for (const draft of ['http://json-schema.org/draft-07/schema#', 'https://json-schema.org/draft/2019-09/schema', 'https://json-schema.org/draft/2020-12/schema']) {
      const schema = userSchema({ $schema: draft, ...unevaluated });
      assert.equal(schema.validate({ title: 'a', extra: 1 }), draft.includes('draft-07'), draft);
    }
    assert.equal(userSchema(unevaluated).validate({ title: 'a', extra: 1 }), true);
  });

  test('`threadwrightPath` takes only true or false', () => {
    assert.deepEqual(userSchema({ type: 'object', properties: { image: { type: 'string', threadwrightPath: true } } }).pathKeys, ['image']);
    assert.throws(() => userSchema({ type: 'object', properties: { image: { type: 'string', threadwrightPath: 'yes' } } }), /threadwrightPath/);
  });
});
