import * as assert from 'assert';
import { parsePost, type Thread } from '../../src/core/post/postModel';
import { PublishCancelled, type PublishHost } from '../../src/core/publish/http';
import { MastodonClient } from '../../src/core/publish/mastodonClient';
import { formatPostedRecord, recordEdit, unfinishedPosting } from '../../src/core/publish/postedRecord';
import { preflightThread } from '../../src/core/publish/preflight';
import { nothingPosted, progressText, publishMastodon } from '../../src/core/publish/publishRun';
import { fetchPublishHost, webSha256 } from '../../src/runtime/publishHost';
import { EXAMPLE_POST } from './examplePost';
import { FakeMastodon } from './fakeMastodon';

const TOKEN = 'mastodon-token-6f1b2c9d8e7a';
const IMAGE = { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), mimeType: 'image/png', alt: 'A miner beside GPUs — “alt” text' };
const VISIBILITY = { first: 'public', replies: 'unlisted' } as const;
const NOW = new Date('2026-12-01T10:00:00Z');

function secondThread(text = EXAMPLE_POST): Thread {
  return parsePost(text).threadsBlock!.threads[1];
}

suite('Publishing to Mastodon (against a fake Mastodon server)', () => {
  let fake: FakeMastodon;
  let instance: string;
  let waits: number[];
  let host: PublishHost;

  setup(async () => {
    fake = new FakeMastodon(TOKEN);
    instance = await fake.start();
    waits = [];
    const real = fetchPublishHost();
    host = { ...real, sleep: async (milliseconds) => void waits.push(milliseconds) };
  });
  teardown(async () => fake.stop());

  async function publish(client: MastodonClient, text = EXAMPLE_POST, withImage = true) {
    const thread = secondThread(text);
    return publishMastodon(client, thread, {
      account: await client.account(), visibility: VISIBILITY, image: withImage ? IMAGE : undefined, lang: 'en', sha256: webSha256, now: NOW, unfinished: unfinishedPosting(thread, text, 'mastodon'),
    });
  }

  test('the thread goes out as a reply chain: public first, unlisted replies, the image with its alt text on post 1', async () => {
    const client = new MastodonClient(host, instance, TOKEN);
    const outcome = await publish(client);
    assert.strictEqual(outcome.failure, undefined);
    assert.deepStrictEqual(fake.statuses.map((status) => status.status), secondThread().posts.map((post) => post.text));
    assert.deepStrictEqual(fake.statuses.map((status) => status.in_reply_to_id), [null, ...fake.statuses.slice(0, -1).map((status) => status.id)]);
    assert.deepStrictEqual(fake.statuses.map((status) => status.visibility), ['public', ...Array(7).fill('unlisted')]);
    assert.deepStrictEqual(fake.statuses.map((status) => status.media_ids.length), [1, 0, 0, 0, 0, 0, 0, 0]);
    assert.strictEqual(fake.media.get(fake.statuses[0].media_ids[0])?.description, IMAGE.alt);
    assert.ok(waits.length >= 1, 'it waited while the server processed the image (202, then 206)');
    assert.ok(fake.statuses.every((status) => status.language === 'en'));
    assert.strictEqual(new Set(fake.statuses.map((status) => status.idempotencyKey)).size, 8, 'one Idempotency-Key per post');
    assert.deepStrictEqual(outcome.record, { platform: 'mastodon', account: `@writer@${instance.slice('http://'.length)}`, url: `http://fake/@writer/${fake.statuses[0].id}`, date: '2026-12-01' });
  });

  test('a post whose first line is `CW: …` goes out with that content warning and the rest as its text', async () => {
    const label = '2/8 ';
    const at = EXAMPLE_POST.indexOf(label, EXAMPLE_POST.indexOf('### Thread: "Financial Pressures')) + label.length;
    assert.ok(at > label.length, 'the second thread has a post 2/8');
    const text = `${EXAMPLE_POST.slice(0, at)}CW: money talk\n${EXAMPLE_POST.slice(at)}`;
    const outcome = await publish(new MastodonClient(host, instance, TOKEN), text, false);
    assert.strictEqual(outcome.failure, undefined);
    assert.deepStrictEqual(fake.statuses.map((status) => status.spoiler_text), ['', 'money talk', '', '', '', '', '', '']);
    assert.strictEqual(fake.statuses[1].status, secondThread().posts[1].text, 'the label stays; the warning\'s line is not in the status');
  });

  test('the server\'s limits from /api/v2/instance are what pre-flight counts with', async () => {
    fake.maxCharacters = 200;
    const client = new MastodonClient(host, instance, TOKEN);
    const limits = await client.limits();
    assert.deepStrictEqual(limits, { maxCharacters: 200, charactersPerUrl: 23 });
    const model = parsePost(EXAMPLE_POST);
    const refusals = preflightThread(model, EXAMPLE_POST, model.threadsBlock!.threads[1], 'mastodon', limits).refusals;
    assert.ok(refusals.length > 0 && refusals.every((problem) => problem.message.includes('/200')));
  });

  test('a 429 is waited out for as long as Retry-After says, and the post goes out once', async () => {
    fake.failures.set(3, { kind: 'rate-limit', retryAfter: '7' });
    const outcome = await publish(new MastodonClient(host, instance, TOKEN), EXAMPLE_POST, false);
    assert.strictEqual(outcome.failure, undefined);
    assert.deepStrictEqual(waits, [7000]);
    assert.strictEqual(fake.statuses.length, 8);
  });

  test('a server error at post 5 records posts 1–4; Resume continues as a reply to post 4 and posts nothing twice', async () => {
    fake.failures.set(5, { kind: 'server-error', afterCreating: true });
    const client = new MastodonClient(host, instance, TOKEN);
    const stopped = await publish(client);
    assert.match(stopped.failure?.message ?? '', /^Mastodon failed \(HTTP 502: Bad gateway\)\. Try again later with Resume/);
    assert.deepStrictEqual(stopped.record.partial, { posted: 4, total: 8, lastId: fake.statuses[3].id });
    assert.strictEqual(fake.statuses.length, 5, 'the server did create post 5 before failing');
    assert.strictEqual(progressText(stopped.record), 'posts 1–4 of 8 went out');
    assert.strictEqual(nothingPosted(stopped), false);

    const edit = recordEdit(secondThread(), EXAMPLE_POST, stopped.record);
    const written = EXAMPLE_POST.slice(0, edit.range.start) + edit.text + EXAMPLE_POST.slice(edit.range.end);
    assert.ok(written.includes(formatPostedRecord(stopped.record)));
    const resumed = await publish(client, written);
    assert.strictEqual(resumed.failure, undefined);
    assert.strictEqual(resumed.record.partial, undefined);
    assert.strictEqual(progressText(resumed.record), 'every post went out');
    assert.strictEqual(resumed.record.url, stopped.record.url, 'the record still points at post 1');
    assert.deepStrictEqual(fake.statuses.map((status) => status.status), secondThread().posts.map((post) => post.text), 'post 5 once, by its Idempotency-Key');
    assert.deepStrictEqual(fake.statuses.map((status) => status.in_reply_to_id), [null, ...fake.statuses.slice(0, -1).map((status) => status.id)]);
    assert.strictEqual(fake.media.size, 1, 'Resume does not upload the image again');
  });

  test('a server error before anything is created leaves nothing to record and nothing posted', async () => {
    fake.failures.set(1, { kind: 'server-error', afterCreating: false });
    const outcome = await publish(new MastodonClient(host, instance, TOKEN), EXAMPLE_POST, false);
    assert.match(outcome.failure?.message ?? '', /HTTP 503/);
    assert.strictEqual(outcome.record.url, '');
    assert.ok(nothingPosted(outcome));
    assert.deepStrictEqual(outcome.record.partial, { posted: 0, total: 8, lastId: '' });
    assert.strictEqual(fake.statuses.length, 0);
    assert.ok(!outcome.failure!.message.includes(TOKEN), 'the server echoed the token; the message does not');
  });

  test('a wrong token says what to do, and no message or log line of the client holds a token', async () => {
    const wrong = 'wrong-token-0a1b2c3d4e5f';
    const client = new MastodonClient(host, instance, wrong);
    await assert.rejects(client.account(), (error: Error) => {
      assert.match(error.message, /Mastodon did not accept the access token \(HTTP 401: .*\)\. Create one with the write:statuses and write:media scopes under Preferences › Development/);
      assert.ok(!error.message.includes(wrong));
      return true;
    });
    assert.ok(fake.log.some((line) => line.includes(wrong)), 'the fake\'s own log shows the token did reach the server');
  });

  test('the image is uploaded as image.png and polled until processed: one wait a poll, two polls', async () => {
    const outcome = await publish(new MastodonClient(host, instance, TOKEN));
    assert.strictEqual(outcome.failure, undefined);
    const media = fake.media.get(fake.statuses[0].media_ids[0])!;
    assert.deepStrictEqual([media.filename, media.polls], ['image.png', 2]);
    assert.deepStrictEqual(waits, [1000, 1000]);
  });

  test('an image still processing after 30 polls goes out with post 1 all the same: the server attaches it when ready', async () => {
    fake.mediaReadyAfterPolls = 1000;
    const outcome = await publish(new MastodonClient(host, instance, TOKEN));
    assert.strictEqual(outcome.failure, undefined);
    assert.strictEqual(fake.media.get(fake.statuses[0].media_ids[0])!.polls, 30);
    assert.strictEqual(waits.length, 30);
  });

  test('progress is told after each post, as posts done of the whole thread', async () => {
    const steps: string[] = [];
    const thread = secondThread();
    const client = new MastodonClient(host, instance, TOKEN);
    await publishMastodon(client, thread, { account: '@writer', visibility: VISIBILITY, sha256: webSha256, now: NOW, onProgress: (posted, total) => steps.push(`${posted}/${total}`) });
    assert.deepStrictEqual(steps, ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8']);
  });

  test('an instance typed with trailing slashes works; one typed without a scheme is reached over https', async () => {
    assert.strictEqual(await new MastodonClient(host, `${instance}//`, TOKEN).account(), `@writer@${instance.slice('http://'.length)}`);
    const bare = instance.slice('http://'.length);
    await assert.rejects(new MastodonClient(host, bare, TOKEN).account(), { message: `Could not reach https://${bare}. Check the connection and the instance URL, then Resume.` });
  });

  test('a status over the server\'s limit is refused with Mastodon\'s reason, and nothing goes out', async () => {
    fake.maxCharacters = 100;
    const outcome = await publish(new MastodonClient(host, instance, TOKEN), EXAMPLE_POST, false);
    assert.strictEqual(outcome.failure?.message, 'Mastodon refused the post (HTTP 422: Validation failed: Text character limit of 100 exceeded). Fix the post, then Resume.');
    assert.strictEqual(outcome.failure?.status, 422);
    assert.strictEqual(fake.statuses.length, 0);
  });

  test('a 429 that lasts past three waits stops the run with what to do', async () => {
    for (const attempt of [1, 2, 3, 4]) fake.failures.set(attempt, { kind: 'rate-limit', retryAfter: '2' });
    const outcome = await publish(new MastodonClient(host, instance, TOKEN), EXAMPLE_POST, false);
    assert.strictEqual(outcome.failure?.message, 'Mastodon is rate-limiting this account (HTTP 429: Too many requests). Wait a few minutes, then Resume.');
    assert.deepStrictEqual(waits, [2000, 2000, 2000]);
    assert.strictEqual(fake.statuses.length, 0);
  });

  test('a proxy\'s HTML error page after post 2 stops the run at post 2 with the bare status', async () => {
    fake.failures.set(3, { kind: 'proxy-page' });
    const outcome = await publish(new MastodonClient(host, instance, TOKEN), EXAMPLE_POST, false);
    assert.strictEqual(outcome.failure?.message, 'Mastodon failed (HTTP 502). Try again later with Resume; the posts that went out stay as they are.');
    assert.deepStrictEqual(outcome.record.partial, { posted: 2, total: 8, lastId: fake.statuses[1].id });
  });

  test('a cancelled run sends nothing and records nothing', async () => {
    const client = new MastodonClient({ ...host, cancelled: () => true }, instance, TOKEN);
    const outcome = await publishMastodon(client, secondThread(), { account: '@writer', visibility: VISIBILITY, image: IMAGE, sha256: webSha256, now: NOW });
    assert.ok(outcome.failure instanceof PublishCancelled);
    assert.ok(nothingPosted(outcome));
    assert.deepStrictEqual(fake.log, []);
  });
});
