import * as assert from 'node:assert/strict';
import { entryOf, rangeAtPath } from '../../src/core/frontMatter/tree';
import { analyse, rangeOf } from './frontMatterHelpers';

const TEXT = '---\ntitle: First\ntags: [alpha, beta]\nmeta:\n  author: Ann\ntitle: Second\n---\n';
const ROOT = analyse(TEXT).frontMatter.parsed?.root;

suite('finding a key or a value in the front matter', () => {
  test('a repeated key is found at its last entry, the one generators use; a missing key or no front matter finds nothing', () => {
    assert.deepEqual(entryOf(ROOT, 'title')?.value.range, rangeOf(TEXT, 'Second'));
    assert.equal(entryOf(ROOT, 'subtitle'), undefined);
    assert.equal(entryOf(undefined, 'title'), undefined);
  });

  test('a written path gives the exact range of its value, a list item and a nested key included', () => {
    assert.deepEqual(rangeAtPath(ROOT, ['tags', 1]), { range: rangeOf(TEXT, 'beta'), exact: true });
    assert.deepEqual(rangeAtPath(ROOT, ['meta', 'author']), { range: rangeOf(TEXT, 'Ann'), exact: true });
  });

  test('a path that goes past what is written gives the nearest written ancestor, not exact', () => {
    assert.deepEqual(rangeAtPath(ROOT, ['tags', 5]), { range: rangeOf(TEXT, '[alpha, beta]'), exact: false });
    assert.deepEqual(rangeAtPath(ROOT, ['meta', 'email']), { range: rangeOf(TEXT, 'author: Ann\n'), exact: false });
    assert.deepEqual(rangeAtPath(ROOT, ['meta', 0]), { range: rangeOf(TEXT, 'author: Ann\n'), exact: false });
    assert.deepEqual(rangeAtPath(ROOT, ['tags', 'first']), { range: rangeOf(TEXT, '[alpha, beta]'), exact: false });
  });

  test('an empty path, an unwritten first key, or no front matter gives no range', () => {
    assert.equal(rangeAtPath(ROOT, []), undefined);
    assert.equal(rangeAtPath(ROOT, ['subtitle', 0]), undefined);
    assert.equal(rangeAtPath(undefined, [0]), undefined);
    assert.equal(rangeAtPath(undefined, ['title']), undefined);
  });
});
