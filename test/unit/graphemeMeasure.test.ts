import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { measureGraphemes, utf8Length } from '../../src/core/count/graphemes';

const encoder = new TextEncoder();

suite('UTF-8 sizes, against the platform’s own encoder', () => {
  test('every code unit sequence, lone surrogates included, has the size TextEncoder gives it', () => {
    const anyCodeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(anyCodeUnits, (text) => {
      assert.equal(utf8Length(text), encoder.encode(text).length, JSON.stringify(text));
    }), { seed: 20261202, numRuns: 2000 });
  });

  test('each boundary of the encoding: 1 byte to U+007F, 2 to U+07FF, 3 to U+FFFF and for a lone surrogate, 4 for a pair', () => {
    const cases = ['\u007f', '\u0080', '\u07ff', '\u0800', '\ud7ff', '\ud800', '\udbff', '\udc00', '\udfff', '\ue000', '\uffff',
      '\ud800\udc00', '\udbff\udfff', '\udbff\ue000', '\udc00\ud800', 'a\ud800'];
    for (const text of cases) assert.equal(utf8Length(text), encoder.encode(text).length, JSON.stringify(text));
  });
});

suite('where a measured post stops fitting, in the writer’s text', () => {
  // `LINK` stands for a link the platform counts as `xx`.
  const link = (text: string) => [{ start: text.indexOf('LINK'), end: text.indexOf('LINK') + 4, counted: 'xx' }];

  test('past the limit before a substitution, the overflow starts at the exact character', () => {
    const text = `${'b'.repeat(10)}LINK`;
    assert.deepEqual(measureGraphemes(text, link(text), { graphemes: 5 }), { graphemes: 12, bytes: 12, overflowStart: 5 });
  });

  test('past the limit after a substitution, the offset counts the substitution as written, not as counted', () => {
    const text = `aLINK${'c'.repeat(10)}`;
    assert.deepEqual(measureGraphemes(text, link(text), { graphemes: 5 }), { graphemes: 13, bytes: 13, overflowStart: 7 });
    assert.equal(measureGraphemes(text, link(text), { graphemes: 3 }).overflowStart, text.indexOf('c'), 'on the first character after it');
  });

  test('past the limit inside a substitution, the overflow starts where the substitution does', () => {
    const text = 'abcLINKd';
    assert.deepEqual(measureGraphemes(text, link(text), { graphemes: 4 }), { graphemes: 6, bytes: 6, overflowStart: 3 });
  });

  test('a single code unit past ASCII is weighed and encoded as the other characters are', () => {
    assert.deepEqual(measureGraphemes('a\u0080\u07ff\u0800', [], { graphemes: 10 }, () => 2), { graphemes: 7, bytes: 1 + 2 + 2 + 3 });
  });

  test('the byte limit breaks on the first cluster past it, even when the grapheme limit holds', () => {
    assert.deepEqual(measureGraphemes('aé日b', [], { graphemes: 10, bytes: 3 }), { graphemes: 4, bytes: 7, overflowStart: 2 });
    assert.deepEqual(measureGraphemes('aé', [], { graphemes: 10, bytes: 3 }), { graphemes: 2, bytes: 3 });
  });
});
