import * as assert from 'node:assert/strict';
import { cidForRawBytes, parseCid } from '@atproto/lex-data';
import { localBlobRef, recordCid } from '../../src/core/publish/recordKeys';
import { nodeSha256, pdsRecordCid } from './fakeBluesky';

const IMAGE_CID = 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy';

suite('Bluesky record keys: record CIDs', () => {
  const cases: [string, unknown][] = [
    ['a plain post', { $type: 'app.bsky.feed.post', text: 'Hello', createdAt: '2026-12-01T00:00:00.000Z' }],
    ['a blob ref inside an array: the $link becomes a CID', {
      text: 'Image',
      embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'A miner', image: { $type: 'blob', ref: { $link: IMAGE_CID }, mimeType: 'image/png', size: 3 } }] },
    }],
    ['undefined fields are left out, as JSON leaves them out', { text: 'Hello', facets: undefined, langs: ['en'], reply: { root: undefined } }],
    ['null, numbers and booleans stay as they are', { text: 'x', nothing: null, count: 42, flag: false, list: [null, 1, true] }],
    ['a one-field object that is not a link stays an object', { text: 'x', note: { only: 'a string' } }],
    ['a $link with another field is an ordinary object', { text: 'x', odd: { $link: IMAGE_CID, extra: 1 } }],
    ['a $link that is not a string is an ordinary object', { text: 'x', odd: { $link: 5 } }],
  ];
  for (const [name, record] of cases) {
    test(name, async () => {
      assert.equal(await recordCid(record, nodeSha256), await pdsRecordCid(record));
    });
  }

  test('the CID is a DAG-CBOR CIDv1 over SHA-256, and differs when the record does', async () => {
    const cid = parseCid(await recordCid({ text: 'Hello' }, nodeSha256));
    assert.deepEqual([cid.version, cid.code, cid.multihash.code], [1, 0x71, 0x12]);
    assert.notEqual(await recordCid({ text: 'Hello' }, nodeSha256), await recordCid({ text: 'Hello!' }, nodeSha256));
  });
});

suite('Bluesky record keys: local blob refs', () => {
  test('the blob ref of an image is the raw CID a PDS gives its bytes, with its type and size', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    assert.deepEqual(await localBlobRef(bytes, 'image/png', nodeSha256), {
      $type: 'blob',
      ref: { $link: (await cidForRawBytes(bytes)).toString() },
      mimeType: 'image/png',
      size: 11,
    });
  });
});
