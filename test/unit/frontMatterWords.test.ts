import * as assert from 'node:assert/strict';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { taxonomiesOf } from '../../src/core/frontMatter/taxonomies';
import { readerText } from '../../src/core/frontMatter/titles';
import { keyLine, textList, textScalar } from '../../src/core/frontMatter/values';

suite('values written into front matter read back as the same text', () => {
  const texts = ['plain words', 'ends with a space ', ' starts with one', 'yes', '1.5', 'a "quote"', 'back\\slash', 'two\nlines', 'tab\there', 'cr\rhere', 'bell\u0007', 'del\u007f', 'ünïcode 🚀'];

  test('each text read by the yaml and smol-toml parsers is the text written', () => {
    for (const text of texts) {
      assert.equal(parseYaml(`v: ${textScalar(text, 'yaml')}`).v, text, text);
      assert.equal(parseToml(`v = ${textScalar(text, 'toml')}`).v, text, text);
    }
  });

  test('TOML strings escape quotes, backslashes and control characters, and nothing else', () => {
    assert.equal(textScalar('a"b\\c\nd\te\rf\u0007g\u007fh\u001fi é', 'toml'), '"a\\"b\\\\c\\nd\\te\\rf\\u0007g\\u007fh\\u001fi é"');
  });

  test('YAML keeps plain words plain and quotes text that would read back as something else', () => {
    assert.equal(textScalar('news 2024', 'yaml'), 'news 2024');
    assert.equal(textScalar(' lead', 'yaml'), '" lead"');
    assert.equal(textScalar('trail ', 'yaml'), '"trail "');
    assert.equal(textScalar('news', 'yaml', false), '"news"');
    assert.equal(textList(['a', 'on', 'b c'], 'yaml'), '[a, "on", b c]');
    assert.equal(textList(['a'], 'toml'), '["a"]');
  });

  test('a key line quotes a key that is not a bare name, in either language', () => {
    assert.equal(keyLine('my_key-2', 'x', 'yaml', '\n'), 'my_key-2: x\n');
    assert.equal(keyLine('my key', 'x', 'yaml', '\r\n'), '"my key": x\r\n');
    assert.equal(keyLine('key!', '"x"', 'toml', '\n'), '"key!" = "x"\n');
    assert.equal(keyLine('!key', '"x"', 'toml', '\n'), '"!key" = "x"\n');
  });
});

suite('titles as readers see them', () => {
  test('character references become the characters a browser shows', () => {
    assert.equal(readerText('A &amp; B &#8212; C &#x2019; &hellip;'), 'A & B \u2014 C \u2019 \u2026');
    assert.equal(readerText('&#1114111;'), String.fromCodePoint(0x10ffff));
    assert.equal(readerText('&#xD7FF;&#xE000;'), '\ud7ff\ue000');
  });

  test('references to no character stay as written', () => {
    for (const written of ['&#0;', '&#1114112;', '&#xD800;', '&#xDFFF;', '&#xDABC;', '&bogus;']) assert.equal(readerText(written), written, written);
  });
});

suite('categories and tags offered from other posts', () => {
  test('YAML front matter is read as YAML 1.1, the way Jekyll reads it', () => {
    const expected = parseYaml('[1_000, 0o7]', { version: '1.1' }) as number[];
    assert.deepEqual(taxonomiesOf('---\ntags: [1_000, 0o7]\n---\n').tags, expected.map(String));
  });

  test('a string splits at any run of white space; list items keep their spaces; blanks and non-words are dropped', () => {
    assert.deepEqual(taxonomiesOf('---\ntags: "a  b\\tc "\ncategories: ["two words", " ", 3, true, {x: 1}]\n---\n'), { categories: ['two words', '3'], tags: ['a', 'b', 'c'] });
  });

  test('at most 200 categories and 200 tags are kept, the first ones', () => {
    const words = Array.from({ length: 250 }, (_, index) => `w${index}`);
    assert.deepEqual(taxonomiesOf(`---\ncategories: ${words.join(' ')}\ntags: [${words.join(', ')}]\n---\n`), { categories: words.slice(0, 200), tags: words.slice(0, 200) });
  });
});
