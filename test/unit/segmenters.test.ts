import * as assert from 'node:assert/strict';
import { segmenterFor } from '../../src/core/post/segmenters';

suite('shared segmenters', () => {
  test('one segmenter per granularity and locale, made once and then shared', () => {
    const word = segmenterFor('word', 'en');
    assert.equal(segmenterFor('word', 'en'), word);
    assert.equal(word.resolvedOptions().granularity, 'word');
    assert.equal(word.resolvedOptions().locale, 'en');
    const grapheme = segmenterFor('grapheme', 'en');
    assert.notEqual(grapheme, word);
    assert.equal(grapheme.resolvedOptions().granularity, 'grapheme');
    const japanese = segmenterFor('word', 'ja');
    assert.notEqual(japanese, word);
    assert.equal(japanese.resolvedOptions().locale, 'ja');
  });

  test('without a locale the runtime’s own is used, apart from any named one', () => {
    const runtime = segmenterFor('sentence');
    assert.equal(segmenterFor('sentence'), runtime);
    assert.equal(runtime.resolvedOptions().locale, new Intl.Segmenter().resolvedOptions().locale);
    assert.equal(runtime.resolvedOptions().granularity, 'sentence');
    assert.notEqual(segmenterFor('sentence', 'de'), runtime);
  });
});
