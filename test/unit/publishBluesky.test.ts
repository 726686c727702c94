import * as assert from 'node:assert/strict';
import { parsePost, type Thread } from '../../src/core/post/postModel';
import { BlueskyClient } from '../../src/core/publish/blueskyClient';
import { PublishCancelled, type PublishHost } from '../../src/core/publish/http';
import { publishBluesky } from '../../src/core/publish/publishRun';
import { fetchPublishHost, webSha256 } from '../../src/runtime/publishHost';
import { EXAMPLE_POST } from './examplePost';
import { byteRange, pdsRecordCid } from './fakeBluesky';
import { FakeBlueskyPds } from './fakeBlueskyPds';

const APP_PASSWORD = 'abcd-efgh-ijkl-mnop';
const IMAGE = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]), mimeType: 'image/png', alt: 'A miner beside GPUs' };
const NOW = new Date('2026-12-01T10:00:00.000Z');
const OPTIONS = { now: NOW, clockId: 5, sha256: webSha256 };

function exampleThread(): Thread {
  return parsePost(EXAMPLE_POST).threadsBlock!.threads[1];
}

function threadOf(posts: string[]): Thread {
  return parsePost(`---\ntitle: T\n---\n\n## Twitter threads:\n\n### Thread: "T"\n\n${posts.join('\n\n')}\n`).threadsBlock!.threads[0];
}

suite('Publishing to Bluesky (against a fake PDS)', () => {
  let pds: FakeBlueskyPds;
  let service: string;
  let host: PublishHost;

  setup(async () => {
    pds = new FakeBlueskyPds(APP_PASSWORD);
    service = await pds.start();
    host = fetchPublishHost();
  });
  teardown(async () => pds.stop());

  const signIn = () => BlueskyClient.signIn(host, service, pds.handle, APP_PASSWORD);
  const calls = () => pds.log.map((entry) => entry.nsid);

  test('thread 2 of the example goes out in one applyWrites: 8 records, CIDs as the PDS gives them, the image on post 1', async () => {
    const client = await signIn();
    const thread = exampleThread();
    const outcome = await publishBluesky(client, thread, { ...OPTIONS, image: IMAGE, lang: 'en' });

    assert.deepEqual(calls(), ['com.atproto.server.createSession', 'com.atproto.repo.uploadBlob', 'com.atproto.repo.applyWrites']);
    assert.equal(pds.log[1].contentType, 'image/png');
    assert.ok(pds.log.every((entry) => entry.query === ''), 'no call but a handle lookup has a query');
    assert.ok(pds.log.slice(1).every((entry) => entry.authorization === `Bearer ${pds.tokens.accessJwt}`));
    const [blob] = [...pds.blobs.values()];
    assert.deepEqual([...blob.bytes], [...IMAGE.bytes], 'the image\'s exact bytes were uploaded');
    assert.deepEqual(pds.records.map((record) => record.value.text), thread.posts.map((post) => post.text));
    assert.deepEqual(outcome.published.uris, pds.records.map((record) => record.uri));
    assert.deepEqual(outcome.published.cids, await Promise.all(pds.records.map((record) => pdsRecordCid(record.value))));
    const rkeys = pds.records.map((record) => record.uri.split('/').at(-1));
    assert.deepEqual(outcome.published.urls, rkeys.map((rkey) => `https://bsky.app/profile/writer.test/post/${rkey}`));
    assert.ok(pds.records.every((record) => JSON.stringify(record.value.langs) === '["en"]'));
    const embed = pds.records[0].value.embed as { images: { alt: string; image: { mimeType: string; size: number } }[] };
    assert.deepEqual(embed.images.map((image) => [image.alt, image.image.mimeType, image.image.size]), [[IMAGE.alt, 'image/png', IMAGE.bytes.length]]);
    assert.equal(pds.records.filter((record) => record.value.embed !== undefined).length, 1);
    assert.deepEqual(outcome.record, { platform: 'bluesky', account: '@writer.test', url: outcome.published.urls[0], date: '2026-12-01' });
  });

  test('a known mention becomes a facet with its DID; an unknown one stays plain text', async () => {
    pds.directory.set('friend.test', 'did:plc:friend42');
    const posts = ['1/2 Thanks to @Friend.test for the figures', '2/2 And to @stranger.test'];
    await (await signIn()).publishThread(threadOf(posts), OPTIONS);
    assert.deepEqual(calls().filter((nsid) => nsid === 'com.atproto.identity.resolveHandle').length, 2);
    assert.deepEqual(pds.log.filter((entry) => entry.method === 'GET').map((entry) => [entry.query, entry.contentType]), [['?handle=friend.test', undefined], ['?handle=stranger.test', undefined]]);
    assert.deepEqual(pds.records[0].value.facets, [{ index: byteRange(posts[0], '@Friend.test'), features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:friend42' }] }]);
    assert.equal(pds.records[1].value.facets, undefined);
  });

  test('trailing slashes of the service URL are dropped', async () => {
    const client = await BlueskyClient.signIn(host, `${service}//`, pds.handle, APP_PASSWORD);
    assert.equal(client.session.service, service);
    await client.publishThread(threadOf(['1/1 One post']), OPTIONS);
    assert.equal(pds.records.length, 1);
  });

  test('a wrong app password is refused with the server\'s reason and what to do, never the password', async () => {
    const error = await rejectionOf(() => BlueskyClient.signIn(host, service, pds.handle, 'wxyz-wrong-pass-word'));
    assert.equal(error.message, 'Bluesky did not accept the handle and app password (AuthenticationRequired: Invalid identifier or password (got ***)). Check them, or create a new app password under Settings › Privacy and security › App passwords.');
    assert.equal(error.status, 401);
  });

  test('a server that is not a PDS fails sign-in naming the URL and the HTTP status', async () => {
    const error = await rejectionOf(() => BlueskyClient.signIn(host, `${service}/not-xrpc`, pds.handle, APP_PASSWORD));
    assert.equal(error.message, `Bluesky sign-in failed at ${service}/not-xrpc (HTTP 404: NotFound: Not Found). Check the PDS URL and try again.`);
  });

  test('an HTML error page or an empty refusal still gets a clear message', async () => {
    pds.injected.set('com.atproto.server.createSession', { status: 502, body: '<html><body>Bad gateway</body></html>' });
    assert.equal((await rejectionOf(signIn)).message, `Bluesky sign-in failed at ${service} (HTTP 502). Check the PDS URL and try again.`);
    pds.injected.set('com.atproto.server.createSession', { status: 401, body: {} });
    assert.equal((await rejectionOf(signIn)).message, 'Bluesky did not accept the handle and app password. Check them, or create a new app password under Settings › Privacy and security › App passwords.');
    const client = await signIn();
    pds.injected.set('com.atproto.repo.applyWrites', { status: 502, body: '<html><body>Bad gateway</body></html>' });
    assert.equal((await rejectionOf(() => client.publishThread(threadOf(['1/1 One']), OPTIONS))).message, 'Bluesky refused com.atproto.repo.applyWrites (HTTP 502). Nothing of this thread was posted; fix the cause and publish again.');
    pds.injected.set('com.atproto.repo.uploadBlob', { status: 200, body: '<html></html>' });
    await assert.rejects(client.publishThread(threadOf(['1/1 One']), { ...OPTIONS, image: IMAGE }), { message: /did not accept the image/ });
    pds.expireAccessToken();
    pds.injected.set('com.atproto.server.refreshSession', { status: 502, body: '<html></html>' });
    await assert.rejects(client.publishThread(threadOf(['1/1 One']), OPTIONS), { message: /session has expired/, status: 502 });
    assert.equal(pds.records.length, 0);
  });

  test('a sign-in answered 200 without both tokens is a failure, not a session', async () => {
    pds.injected.set('com.atproto.server.createSession', { status: 200, body: { did: pds.did, handle: pds.handle, accessJwt: 'only-access' } });
    const error = await rejectionOf(signIn);
    assert.equal(error.message, `Bluesky sign-in failed at ${service} (HTTP 200). Check the PDS URL and try again.`);
    pds.injected.set('com.atproto.server.createSession', { status: 200, body: { did: pds.did, handle: pds.handle, refreshJwt: 'only-refresh' } });
    assert.match((await rejectionOf(signIn)).message, /HTTP 200\)/);
  });

  test('an expired access token is refreshed once and the call retried; the session kept is the new one', async () => {
    const client = await signIn();
    const first = client.session;
    pds.expireAccessToken();
    await client.publishThread(threadOf(['1/1 After a night away']), OPTIONS);
    assert.deepEqual(calls().slice(1), ['com.atproto.repo.applyWrites', 'com.atproto.server.refreshSession', 'com.atproto.repo.applyWrites']);
    assert.equal(pds.log[2].authorization, `Bearer ${first.refreshJwt}`);
    assert.deepEqual(client.session, { ...first, ...pds.tokens });
    assert.notEqual(client.session.accessJwt, first.accessJwt);
    assert.equal(pds.records.length, 1);
  });

  test('a session the PDS no longer refreshes asks the writer to sign in again', async () => {
    const client = BlueskyClient.restore(host, { service, did: pds.did, handle: pds.handle, accessJwt: 'old-access-jwt', refreshJwt: 'old-refresh-jwt' });
    await assert.rejects(client.publishThread(threadOf(['1/1 Too late']), OPTIONS), {
      message: 'The Bluesky session has expired. Sign in again (Threadwright: Publish Thread… asks for the app password).', status: 400,
    });
    assert.deepEqual(calls(), ['com.atproto.repo.applyWrites', 'com.atproto.server.refreshSession']);
    assert.equal(pds.log[0].authorization, 'Bearer old-access-jwt');
  });

  test('a refresh answered without both tokens is an expired session too', async () => {
    const client = await signIn();
    pds.expireAccessToken();
    pds.injected.set('com.atproto.server.refreshSession', { status: 200, body: { accessJwt: 'new-access-only' } });
    await assert.rejects(client.publishThread(threadOf(['1/1 Half a session']), OPTIONS), { message: /session has expired/, status: 200 });
    pds.expireAccessToken();
    pds.injected.set('com.atproto.server.refreshSession', { status: 200, body: { refreshJwt: 'new-refresh-only' } });
    await assert.rejects(client.publishThread(threadOf(['1/1 Half a session']), OPTIONS), { message: /session has expired/ });
    assert.equal(pds.records.length, 0);
  });

  test('a token expired again right after its refresh is an error, not a loop; the tokens stay out of it', async () => {
    const client = await signIn();
    pds.tokensNeverLast = true;
    pds.expireAccessToken();
    const error = await rejectionOf(() => client.publishThread(threadOf(['1/1 Never lasts']), OPTIONS));
    assert.equal(error.message, 'Bluesky refused com.atproto.repo.applyWrites (HTTP 400: ExpiredToken: Token has expired). Nothing of this thread was posted; fix the cause and publish again.');
    assert.equal(calls().filter((nsid) => nsid === 'com.atproto.server.refreshSession').length, 1);
  });

  test('a 401 on a call is refreshed like an expiry, and what the server echoes of the token is redacted', async () => {
    const client = await signIn();
    const token = client.session.accessJwt;
    pds.injected.set('com.atproto.repo.applyWrites', { status: 401, body: { error: 'AuthenticationRequired', message: `Bad token ${token}` } });
    await client.publishThread(threadOf(['1/1 Second try']), OPTIONS);
    assert.equal(pds.records.length, 1);
    assert.deepEqual(calls().slice(1), ['com.atproto.repo.applyWrites', 'com.atproto.server.refreshSession', 'com.atproto.repo.applyWrites']);
    pds.injected.set('com.atproto.repo.applyWrites', { status: 500, body: { error: 'InternalServerError', message: `Failed for ${client.session.accessJwt} and ${client.session.refreshJwt} and ${token}` } });
    const error = await rejectionOf(() => client.publishThread(threadOf(['1/1 Third try']), OPTIONS));
    assert.equal(error.message, 'Bluesky refused com.atproto.repo.applyWrites (HTTP 500: InternalServerError: Failed for *** and *** and ***). Nothing of this thread was posted; fix the cause and publish again.');
    assert.equal(error.status, 500);
  });

  test('a post the lexicon refuses (301 graphemes) writes nothing of the thread, and the writer reads why', async () => {
    const client = await signIn();
    const error = await rejectionOf(() => client.publishThread(threadOf(['1/2 Fine', `2/2 ${'é'.repeat(297)}`]), OPTIONS));
    assert.equal(error.message, 'Bluesky refused com.atproto.repo.applyWrites (HTTP 400: InvalidRequest: Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes). Nothing of this thread was posted; fix the cause and publish again.');
    assert.equal(pds.records.length, 0);
  });

  test('an applyWrites answered with fewer results than writes is reported, not taken as posted', async () => {
    const client = await signIn();
    pds.injected.set('com.atproto.repo.applyWrites', { status: 200, body: { results: [{ uri: 'at://x', cid: 'y' }] } });
    await assert.rejects(client.publishThread(threadOf(['1/2 One', '2/2 Two']), OPTIONS), { message: 'Bluesky answered the thread with an unexpected reply; check your profile before posting again.' });
    pds.injected.set('com.atproto.repo.applyWrites', { status: 200, body: { results: 'none' } });
    await assert.rejects(client.publishThread(threadOf(['1/1 One']), OPTIONS), { message: /unexpected reply/ });
  });

  test('an upload answered without a blob ref stops before any record is written', async () => {
    const client = await signIn();
    pds.injected.set('com.atproto.repo.uploadBlob', { status: 200, body: { blob: { mimeType: 'image/png', size: 9 } } });
    await assert.rejects(client.publishThread(exampleThread(), { ...OPTIONS, image: IMAGE }), { message: 'Bluesky did not accept the image; try a smaller PNG or JPEG (under 1 MB).' });
    assert.ok(!calls().includes('com.atproto.repo.applyWrites'));
  });

  test('a handle lookup that fails on the server stops the run; one answered without a string DID leaves the mention plain', async () => {
    const client = await signIn();
    pds.injected.set('com.atproto.identity.resolveHandle', { status: 500, body: { error: 'InternalServerError', message: 'Directory down' } });
    await assert.rejects(client.publishThread(threadOf(['1/1 Hi @friend.test']), OPTIONS), { message: /^Bluesky refused com\.atproto\.identity\.resolveHandle \(HTTP 500: InternalServerError: Directory down\)/, status: 500 });
    pds.injected.set('com.atproto.identity.resolveHandle', { status: 200, body: { did: 42 } });
    await client.publishThread(threadOf(['1/1 Hi @friend.test']), OPTIONS);
    assert.equal(pds.records[0].value.facets, undefined);
  });

  test('a dry run uploads nothing, and its blob ref is the one the PDS gives the same bytes', async () => {
    const client = await signIn();
    const dry = await client.prepareWrites(exampleThread(), { ...OPTIONS, image: IMAGE }, false);
    assert.deepEqual(calls(), ['com.atproto.server.createSession']);
    const real = await client.prepareWrites(exampleThread(), { ...OPTIONS, image: IMAGE });
    assert.deepEqual(calls(), ['com.atproto.server.createSession', 'com.atproto.repo.uploadBlob']);
    assert.deepEqual(dry, real);
    assert.equal(dry.length, 8);
  });

  test('a cancelled run makes no call at all', async () => {
    const client = await signIn();
    const cancelled = BlueskyClient.restore(fetchPublishHost(() => true), client.session);
    await assert.rejects(cancelled.publishThread(exampleThread(), OPTIONS), PublishCancelled);
    assert.deepEqual(calls(), ['com.atproto.server.createSession']);
  });

  test('a restored session posts with its own token, names its account, and hands out copies of itself', async () => {
    const signedIn = await signIn();
    const client = BlueskyClient.restore(host, signedIn.session);
    assert.equal(client.account, '@writer.test');
    const copy = client.session;
    copy.accessJwt = 'tampered';
    assert.equal(client.session.accessJwt, pds.tokens.accessJwt);
    await client.publishThread(threadOf(['1/1 Restored']), OPTIONS);
    assert.equal(pds.log.at(-1)!.authorization, `Bearer ${pds.tokens.accessJwt}`);
    assert.equal(pds.records.length, 1);
    pds.injected.set('com.atproto.repo.applyWrites', { status: 500, body: { error: 'InternalServerError', message: `Failed for ${pds.tokens.accessJwt} / ${pds.tokens.refreshJwt}` } });
    await assert.rejects(client.publishThread(threadOf(['1/1 Again']), OPTIONS), { message: /\(HTTP 500: InternalServerError: Failed for \*\*\* \/ \*\*\*\)/ });
  });
});

/** The PublishError a call rejects with, for assertions on its whole message. */
async function rejectionOf(run: () => Promise<unknown>): Promise<Error & { status?: number }> {
  try {
    await run();
  } catch (error) {
    return error as Error & { status?: number };
  }
  assert.fail('the call succeeded');
}
