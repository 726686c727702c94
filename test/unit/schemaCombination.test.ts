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
