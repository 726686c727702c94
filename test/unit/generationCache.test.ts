import * as assert from 'node:assert/strict';
import { GenerationCache } from '../../src/core/post/generationCache';

/** A cache whose computations are recorded, so a test sees exactly which keys were computed again. */
function recordingCache(maxEntries?: number) {
  const computed: string[] = [];
  const cache = new GenerationCache<string>(maxEntries);
  const get = (key: string) => cache.get(key, (kept) => (computed.push(kept), kept.toUpperCase()));
  return { cache, computed, get };
}

suite('generation cache (counts, preview runs and figures share it)', () => {
  test('a key is computed once while it is used in every generation, and its value is returned each time', () => {
    const { cache, computed, get } = recordingCache();
    assert.equal(get('post one'), 'POST ONE');
    assert.equal(get('post one'), 'POST ONE');
    for (let generation = 0; generation < 5; generation++) {
      cache.endGeneration();
      assert.equal(get('post one'), 'POST ONE');
    }
    assert.deepEqual(computed, ['post one']);
  });

  test('a key left unused for one generation is kept; one left unused for two is computed again', () => {
    const { cache, computed, get } = recordingCache();
    get('kept');
    get('dropped');
    cache.endGeneration();
    get('kept');
    cache.endGeneration();
    get('kept');
    get('dropped');
    assert.deepEqual(computed, ['kept', 'dropped', 'dropped']);
  });

  test('a key sliced from a larger text finds the value stored under the same characters', () => {
    const { computed, get } = recordingCache();
    const document = 'body text | 1/2 first post | 2/2 second post';
    get(document.slice(12, 26));
    assert.equal(get(`1/2 first ${'post'}`), '1/2 FIRST POST');
    assert.deepEqual(computed, ['1/2 first post']);
  });

  test('a full generation starts a new one, so memory stays bounded for a document never analysed', () => {
    const { computed, get } = recordingCache(2);
    get('a');
    get('b');
    get('c'); // The generation holds two keys: a new one begins, and a and b become the previous one.
    get('a'); // Still in the previous generation.
    get('d'); // The generation {c, a} is full: b, which was not used in it, is forgotten.
    get('b');
    assert.deepEqual(computed, ['a', 'b', 'c', 'd', 'b']);
  });
});
