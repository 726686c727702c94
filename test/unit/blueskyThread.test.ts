import * as assert from 'node:assert/strict';
import { TID } from '@atproto/common-web';
import { parsePost, type Thread } from '../../src/core/post/postModel';
import { blueskyPostUrl, blueskyThreadWrites, mentionedHandles, type BlobRef, type BlueskyPostRecord } from '../../src/core/publish/blueskyThread';
import { byteRange, nodeSha256, pdsRecordCid } from './fakeBluesky';

const POSTS = ['1/3 Miners pivot, says @writer.test', '2/3 Ask @nobody.test.', '3/3 Or ask @Writer.test.'];
const REPO = 'did:plc:repo123';
const NOW = new Date('2026-12-01T12:00:00.000Z');
const BLOB: BlobRef = { $type: 'blob', ref: { $link: 'bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy' }, mimeType: 'image/png', size: 3 };

function threadOf(posts: string[]): Thread {
  return parsePost(`---\ntitle: T\n---\n\n## Twitter threads:\n\n### Thread: "T"\n\n${posts.join('\n\n')}\n`).threadsBlock!.threads[0];
}

suite('Bluesky thread: the applyWrites creates', () => {
  let thread: Thread;
  setup(() => {
    thread = threadOf(POSTS);
  });

  test('the handles to resolve: each once, in lower case', () => {
    assert.deepEqual(mentionedHandles(thread), ['writer.test', 'nobody.test']);
  });

  test('a whole thread: TID keys in order, replies to post 1 and the post before by CID, image on post 1 only', async () => {
    const context = { repo: REPO, mentionDids: new Map([['writer.test', 'did:plc:writer']]), image: { blob: BLOB, alt: 'A miner' }, lang: 'en', now: NOW, clockId: 7, sha256: nodeSha256 };
    const creates = await blueskyThreadWrites(thread, context);

    const rkeys = [0, 1, 2].map((index) => TID.fromTime(NOW.getTime() * 1000 + index, 7).toString());
    const mention = { $type: 'app.bsky.richtext.facet#mention' as const, did: 'did:plc:writer' };
    const values: BlueskyPostRecord[] = [
      {
        $type: 'app.bsky.feed.post', text: POSTS[0], facets: [{ index: byteRange(POSTS[0], '@writer.test'), features: [mention] }],
        embed: { $type: 'app.bsky.embed.images', images: [{ alt: 'A miner', image: BLOB }] }, langs: ['en'], createdAt: '2026-12-01T12:00:00.000Z',
      },
      { $type: 'app.bsky.feed.post', text: POSTS[1], langs: ['en'], createdAt: '2026-12-01T12:00:00.001Z' },
      {
        $type: 'app.bsky.feed.post', text: POSTS[2], facets: [{ index: byteRange(POSTS[2], '@Writer.test'), features: [mention] }],
        langs: ['en'], createdAt: '2026-12-01T12:00:00.002Z',
      },
    ];
    // Each reply names post 1 and the post before it by URI and by the CID of that record as sent (reply refs included).
    const refs: { uri: string; cid: string }[] = [];
    for (const [index, value] of values.entries()) {
      if (index > 0) value.reply = { root: refs[0], parent: refs[index - 1] };
      refs.push({ uri: `at://${REPO}/app.bsky.feed.post/${rkeys[index]}`, cid: await pdsRecordCid(value) });
    }

    assert.deepEqual(creates, values.map((value, index) => ({ $type: 'com.atproto.repo.applyWrites#create', collection: 'app.bsky.feed.post', rkey: rkeys[index], value })));
  });

  test('without lang or image, and with no facets, the records carry no such fields', async () => {
    const creates = await blueskyThreadWrites(threadOf(['1/2 Just text.', '2/2 And more.']), { repo: REPO, mentionDids: new Map(), now: NOW, clockId: 0, sha256: nodeSha256 });
    const first = { $type: 'app.bsky.feed.post' as const, text: '1/2 Just text.', createdAt: '2026-12-01T12:00:00.000Z' };
    const root = { uri: `at://${REPO}/app.bsky.feed.post/${TID.fromTime(NOW.getTime() * 1000, 0).toString()}`, cid: await pdsRecordCid(first) };
    assert.deepEqual(creates.map((create) => create.value), [first, { $type: 'app.bsky.feed.post', text: '2/2 And more.', reply: { root, parent: root }, createdAt: '2026-12-01T12:00:00.001Z' }]);
  });

  test('a post\'s bsky.app link', () => {
    assert.equal(blueskyPostUrl('writer.bsky.social', '3lbx2abcdefgh'), 'https://bsky.app/profile/writer.bsky.social/post/3lbx2abcdefgh');
  });
});
