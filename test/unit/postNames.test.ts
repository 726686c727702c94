import * as assert from 'node:assert/strict';
import { postName } from '../../src/core/checks/tooLongPosts';
import { englishText } from '../../src/core/post/message';

const name = (title: string) => englishText(postName({ title }, { label: { number: 2, total: 9, range: { start: 0, end: 3 } } }));

suite('how messages name a post', () => {
  test('an untitled thread, or one titled only with spaces, names the post by its label alone', () => {
    assert.equal(name(''), 'Post 2/9');
    assert.equal(name('   '), 'Post 2/9');
  });

  test('a title of up to 24 characters is quoted whole, trimmed', () => {
    assert.equal(name('  Bitcoin Mining Crisis  '), 'Post 2/9 of "Bitcoin Mining Crisis"');
    assert.equal(name('abcdefghijklmnopqrstuvwx'), 'Post 2/9 of "abcdefghijklmnopqrstuvwx"');
  });

  test('a longer title is cut after its last whole word within 24 characters, its trailing punctuation dropped', () => {
    assert.equal(name('Bitcoin Mining Crisis: what comes next'), 'Post 2/9 of "Bitcoin Mining Crisis…"');
    assert.equal(name('abcdefghijklmnopqrstuvwxy'), 'Post 2/9 of "abcdefghijklmnopqrstuvw…"');
    assert.equal(name('Miners, energy, and AI: a new chapter'), 'Post 2/9 of "Miners, energy, and AI…"');
  });
});
