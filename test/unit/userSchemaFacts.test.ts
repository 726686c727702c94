import * as assert from 'node:assert/strict';
import { compileUserSchema } from '../../src/core/frontMatter/schema';
import { userSchema } from './userSchemas';

suite('what a user schema tells completions and hovers', () => {
  test('a schema that is not an object is refused with the reason', () => {
    for (const schema of [null, 'x', 5, [{}]]) assert.deepEqual(compileUserSchema(schema, false), { error: 'a JSON Schema is an object, `{ … }`.' }, String(schema));
    assert.ok(!('error' in compileUserSchema({}, false)));
  });

  test('each key keeps its description (the Markdown one first), its enum and its examples; others are left out', () => {
    const schema = userSchema({
      properties: {
        a: { description: 'plain', markdownDescription: '**bold**', enum: ['x', 'y'], examples: ['x'] },
        b: { description: 'only plain' },
        c: { markdownDescription: 5 },
      },
      required: ['a', 'c'],
    });
    assert.deepEqual([...schema.keys], [
      ['a', { description: '**bold**', enum: ['x', 'y'], examples: ['x'] }],
      ['b', { description: 'only plain', enum: undefined, examples: undefined }],
      ['c', { description: undefined, enum: undefined, examples: undefined }],
    ]);
    assert.deepEqual(schema.required, ['a', 'c']);
    assert.deepEqual(schema.pathKeys, []);
    assert.deepEqual(userSchema({}).required, []);
  });

  test('a key defined by a local $ref reads the annotations there, with ~1 and ~0 unescaped; other refs are not followed', () => {
    const schema = userSchema({
      description: 'the whole front matter',
      definitions: { 'a/b': { description: 'slash', threadwrightPath: true }, 'c~d': { enum: [1] } },
      properties: { s: { $ref: '#/definitions/a~1b' }, t: { $ref: '#/definitions/c~0d', description: 'own' }, u: { $ref: '#' }, v: true },
    });
    assert.deepEqual([...schema.keys], [
      ['s', { description: 'slash', enum: undefined, examples: undefined }],
      ['t', { description: 'own', enum: [1], examples: undefined }],
      ['u', { description: undefined, enum: undefined, examples: undefined }],
      ['v', { description: undefined, enum: undefined, examples: undefined }],
    ]);
    assert.deepEqual(schema.pathKeys, ['s']);
  });
});
