import * as assert from 'node:assert/strict';
import { compileUserSchema, hasNestedRepetition } from '../../src/core/frontMatter/schema';

/** Why a schema with this `pattern` for `title` is refused, or undefined when it compiles. */
function refusal(pattern: string): string | undefined {
  const compiled = compileUserSchema({ type: 'object', properties: { title: { type: 'string', pattern } } }, false);
  return 'error' in compiled ? compiled.error : undefined;
}

/** What the regular-expression engine itself says of a pattern (Ajv compiles patterns with the `u` flag). */
function engineVerdict(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

suite('schema patterns that are not regular expressions', () => {
  test('an unmatched `)` or an unclosed `[` is refused with the regular-expression engine\'s own reason', () => {
    for (const pattern of ['a+)+', 'a)|b', 'a))+', 'a)b+)+', '[a', '[a\\']) {
      const reason = engineVerdict(pattern);
      assert.ok(reason !== undefined, pattern);
      assert.equal(refusal(pattern), reason, pattern);
    }
  });
});

suite('repeated groups in schema patterns, around character classes and counted repetitions', () => {
  test('a repeated group that starts with a repetition is seen after a character class', () => {
    for (const pattern of ['[a](b+)+', '^[a-z](\\w+\\s?)*$', '[a\\]](b+)+']) assert.equal(hasNestedRepetition(pattern), true, pattern);
  });

  test('a `]` escaped inside a character class does not end it, so the class may hold `(a+)+`', () => {
    assert.equal(hasNestedRepetition('[\\](a+)+]'), false);
    assert.equal(refusal('[\\](a+)+]'), undefined);
  });

  test('a group that starts with an optional group starts with what follows it', () => {
    assert.equal(hasNestedRepetition('((a)?b+)+'), true);
    assert.equal(hasNestedRepetition('((a)b+)+'), false);
  });

  test('a counted repetition repeats when it allows more than one; one that allows none is optional', () => {
    const cases: [string, boolean][] = [['(a{1,2})+', true], ['(a{0,1})+', false], ['(a{0,1}b+)+', true], ['(a{2}b+)+', false], ['(a{3})+', false], ['(a{2,})+', true]];
    for (const [pattern, nested] of cases) assert.equal(hasNestedRepetition(pattern), nested, pattern);
  });
});
