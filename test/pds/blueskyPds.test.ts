// Publishing to Bluesky against the reference PDS (@atproto/pds with an in-memory PLC directory), started on
// loopback by scripts/test-all.mjs, which passes its URL in THREADWRIGHT_TEST_PDS.
import * as assert from 'assert';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blueskyProfile, toShortUrl } from '../../src/core/count/blueskyProfile';
import { parsePost, type Thread } from '../../src/core/post/postModel';
import { BlueskyClient } from '../../src/core/publish/blueskyClient';
import { blueskyText } from '../../src/core/publish/blueskyText';
import { recordsOf } from '../../src/core/publish/postedRecord';
import { fetchPublishHost, randomClockId, webSha256 } from '../../src/runtime/publishHost';

const ROOT = join(__dirname, '..', '..', '..');
const PDS = process.env.THREADWRIGHT_TEST_PDS ?? '';
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'financial-pressures.md'), 'utf8');
const IMAGE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const IMAGE_ALT = 'A bitcoin miner beside a rack of GPUs';

interface PostRecord {
  uri: string;
  cid: string;
  value: {
    text: string;
    langs?: string[];
    facets?: { index: { byteStart: number; byteEnd: number }; features: Record<string, string>[] }[];
    reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
    embed?: { $type: string; images: { alt: string; image: { ref: { $link: string }; mimeType: string; size: number } }[] };
  };
}

async function xrpc(method: string, init: { body?: unknown; token?: string; query?: string } = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${PDS}/xrpc/${method}${init.query ? `?${init.query}` : ''}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  assert.strictEqual(response.status, 200, `${method}: ${JSON.stringify(json)}`);
  return json;
}

/** A new account with an app password, as a writer would set one up. */
async function createAccount(name: string): Promise<{ handle: string; did: string; appPassword: string }> {
  const handle = `${name}.test`;
  const account = await xrpc('com.atproto.server.createAccount', { body: { handle, email: `${name}@example.com`, password: `${name}-main-password` } });
  const app = await xrpc('com.atproto.server.createAppPassword', { body: { name: 'threadwright' }, token: String(account.accessJwt) });
  return { handle, did: String(account.did), appPassword: String(app.password) };
}

async function postsOf(did: string): Promise<PostRecord[]> {
  const listed = await xrpc('com.atproto.repo.listRecords', { query: `repo=${did}&collection=app.bsky.feed.post&limit=100` });
  return (listed.records as PostRecord[]).sort((a, b) => a.uri.localeCompare(b.uri));
}

/** A Jekyll site holding a copy of the example post, with alt text and a language for its image, and the image. */
function siteWithExample(): string {
  const site = mkdtempSync(join(tmpdir(), 'threadwright-site-'));
  mkdirSync(join(site, '_posts'));
  mkdirSync(join(site, 'assets', 'images'), { recursive: true });
  writeFileSync(join(site, 'assets', 'images', 'Financial_Pressures.png'), IMAGE);
  const post = EXAMPLE.replace('image: assets/images/Financial_Pressures.png\n', `image: assets/images/Financial_Pressures.png\nimage_alt: "${IMAGE_ALT}"\nlang: en\n`);
  assert.notStrictEqual(post, EXAMPLE);
  writeFileSync(join(site, '_posts', '2024-08-21-financial-pressures.md'), post);
  return join(site, '_posts', '2024-08-21-financial-pressures.md');
}

function cli(args: string[], env: Record<string, string>): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(ROOT, 'dist', 'cli.js'), ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ status: error === null ? 0 : Number(error.code), stdout, stderr });
    });
  });
}

function byteRange(text: string, part: string): { byteStart: number; byteEnd: number } {
  const at = text.indexOf(part);
  assert.ok(at >= 0, `"${part}" is in "${text}"`);
  const byteStart = Buffer.byteLength(text.slice(0, at));
  return { byteStart, byteEnd: byteStart + Buffer.byteLength(part) };
}

function secondThread(path: string): Thread {
  return parsePost(readFileSync(path, 'utf8')).threadsBlock!.threads[1];
}

suite('Publishing to Bluesky: the reference PDS', () => {
  suiteSetup(() => assert.ok(PDS.startsWith('http://127.0.0.1:'), 'THREADWRIGHT_TEST_PDS names the loopback PDS'));

  test('threadwright publish posts thread 2 of the example as 8 records in one reply chain, with the image and its alt text', async () => {
    const account = await createAccount('writer');
    const path = siteWithExample();
    const thread = secondThread(path);
    const env = { THREADWRIGHT_BLUESKY_HANDLE: account.handle, THREADWRIGHT_BLUESKY_APP_PASSWORD: account.appPassword, THREADWRIGHT_BLUESKY_SERVICE: PDS };

    const run = await cli(['publish', path, '--thread', '2', '--to', 'bluesky'], env);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stderr, /thread\/figure-not-in-post/, 'the figure drift is warned about, and the thread still goes out');
    assert.ok(!`${run.stdout}${run.stderr}`.includes(account.appPassword), 'the app password is in no output');

    const records = await postsOf(account.did);
    assert.strictEqual(records.length, 8);
    assert.deepStrictEqual(records.map((record) => record.value.text), thread.posts.map((post) => post.text));
    const [first, ...replies] = records;
    assert.strictEqual(first.value.reply, undefined);
    replies.forEach((record, index) => {
      assert.deepStrictEqual(record.value.reply, {
        root: { uri: first.uri, cid: first.cid },
        parent: { uri: records[index].uri, cid: records[index].cid },
      }, `post ${index + 2} replies to post ${index + 1} under post 1, by the CIDs the PDS gave them`);
    });
    records.forEach((record) => assert.deepStrictEqual(record.value.langs, ['en']));
    assert.strictEqual(first.value.embed?.$type, 'app.bsky.embed.images');
    const [image] = first.value.embed!.images;
    assert.strictEqual(image.alt, IMAGE_ALT);
    assert.strictEqual(image.image.mimeType, 'image/png');
    assert.strictEqual(image.image.size, IMAGE.length);
    const blob = await fetch(`${PDS}/xrpc/com.atproto.sync.getBlob?did=${account.did}&cid=${image.image.ref.$link}`);
    assert.deepStrictEqual(Buffer.from(await blob.arrayBuffer()), IMAGE, 'the blob post 1 points at is the image');
    replies.forEach((record) => assert.strictEqual(record.value.embed, undefined));

    const written = readFileSync(path, 'utf8');
    const rkey = first.uri.split('/').pop();
    const recorded = recordsOf(parsePost(written).threadsBlock!.threads[1], written).map((placed) => placed.record);
    assert.deepStrictEqual(recorded.map(({ platform, account: who, url }) => ({ platform, who, url })), [
      { platform: 'bluesky', who: `@${account.handle}`, url: `https://bsky.app/profile/${account.handle}/post/${rkey}` },
    ]);
  });

  test('publishing the same thread to the same account again is refused, and nothing is posted twice', async () => {
    const account = await createAccount('again');
    const path = siteWithExample();
    const env = { THREADWRIGHT_BLUESKY_HANDLE: account.handle, THREADWRIGHT_BLUESKY_APP_PASSWORD: account.appPassword, THREADWRIGHT_BLUESKY_SERVICE: PDS };
    assert.strictEqual((await cli(['publish', path, '--thread', '2', '--to', 'bluesky'], env)).status, 0);
    const second = await cli(['publish', path, '--thread', '2', '--to', 'bluesky'], env);
    assert.strictEqual(second.status, 1);
    assert.match(second.stderr, /this thread was posted to @again\.test on \d{4}-\d{2}-\d{2}/);
    assert.strictEqual((await postsOf(account.did)).length, 8);
  });

  test('--dry-run prints the applyWrites input with the record keys and reply refs, and posts nothing', async () => {
    const account = await createAccount('dryrun');
    const path = siteWithExample();
    const before = readFileSync(path, 'utf8');
    const env = { THREADWRIGHT_BLUESKY_HANDLE: account.handle, THREADWRIGHT_BLUESKY_APP_PASSWORD: account.appPassword, THREADWRIGHT_BLUESKY_SERVICE: PDS };
    const run = await cli(['publish', path, '--thread', '2', '--to', 'bluesky', '--dry-run'], env);
    assert.strictEqual(run.status, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as { method: string; input: { repo: string; writes: { rkey: string; value: PostRecord['value'] }[] } };
    assert.strictEqual(printed.method, 'com.atproto.repo.applyWrites');
    assert.strictEqual(printed.input.repo, account.did);
    assert.deepStrictEqual(printed.input.writes.map((write) => write.value.text), secondThread(path).posts.map((post) => post.text));
    const rootUri = `at://${account.did}/app.bsky.feed.post/${printed.input.writes[0].rkey}`;
    printed.input.writes.slice(1).forEach((write, index) => {
      assert.strictEqual(write.value.reply?.root.uri, rootUri);
      assert.strictEqual(write.value.reply?.parent.uri, `at://${account.did}/app.bsky.feed.post/${printed.input.writes[index].rkey}`);
    });
    const imageCid = printed.input.writes[0].value.embed!.images[0].image.ref.$link;
    const upload = await fetch(`${PDS}/xrpc/com.atproto.repo.uploadBlob`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', authorization: `Bearer ${String((await xrpc('com.atproto.server.createSession', { body: { identifier: account.handle, password: account.appPassword } })).accessJwt)}` },
      body: IMAGE,
    });
    assert.strictEqual(((await upload.json()) as { blob: { ref: { $link: string } } }).blob.ref.$link, imageCid, 'the dry run\'s blob ref is the one the PDS gives the image');
    assert.strictEqual((await postsOf(account.did)).length, 0);
    assert.strictEqual(readFileSync(path, 'utf8'), before);
  });

  test('links, mentions and hashtags become facets over the exact bytes, links shortened as Threadwright counts them', async () => {
    const account = await createAccount('facets');
    const link = 'https://www.coindesk.com/business/2024/06/bitcoin-miners-pivot-to-ai?utm_source=threadwright';
    const post = [
      '### Thread: "Facets"',
      '',
      `1/2 Miners 🇺🇸 pivot to AI, says @${account.handle}: ${link} #bitcoin`,
      '',
      '2/2 Read more at https://example.com/a and follow #DePIN & #AI.',
    ].join('\n');
    const text = `---\ntitle: Facets\n---\n\n## Twitter threads:\n\n${post}\n`;
    const thread = parsePost(text).threadsBlock!.threads[0];
    const client = await BlueskyClient.signIn(fetchPublishHost(), PDS, account.handle, account.appPassword);
    const published = await client.publishThread(thread, { now: new Date(), clockId: randomClockId(), sha256: webSha256 });
    const records = await postsOf(account.did);
    assert.deepStrictEqual(records.map((record) => record.uri), published.uris);
    assert.deepStrictEqual(records.map((record) => record.cid), published.cids, 'the CIDs computed before sending are the PDS\'s');

    const [first, second] = records.map((record) => record.value);
    const shortLink = toShortUrl(link);
    assert.strictEqual(shortLink, 'www.coindesk.com/business/202...');
    assert.strictEqual(first.text, `1/2 Miners 🇺🇸 pivot to AI, says @${account.handle}: ${shortLink} #bitcoin`);
    assert.deepStrictEqual(first.facets, [
      { index: byteRange(first.text, `@${account.handle}`), features: [{ $type: 'app.bsky.richtext.facet#mention', did: account.did }] },
      { index: byteRange(first.text, shortLink), features: [{ $type: 'app.bsky.richtext.facet#link', uri: link }] },
      { index: byteRange(first.text, '#bitcoin'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'bitcoin' }] },
    ]);
    assert.strictEqual(second.text, '2/2 Read more at example.com/a and follow #DePIN & #AI.', 'a short link loses only its scheme');
    assert.deepStrictEqual(second.facets, [
      { index: byteRange(second.text, 'example.com/a'), features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/a' }] },
      { index: byteRange(second.text, '#DePIN'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'DePIN' }] },
      { index: byteRange(second.text, '#AI'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'AI' }] },
    ]);
    assert.strictEqual(blueskyText(thread.posts[0].text).text, first.text);
    const graphemes = (value: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(value)].length;
    records.forEach((record, index) => {
      assert.strictEqual(graphemes(record.value.text), blueskyProfile.measure(thread.posts[index].text).length, 'the text sent is as long as Threadwright counted');
    });
  });

  test('a wrong app password is refused with a message that says what to do and holds no secret', async () => {
    const account = await createAccount('wrong');
    const path = siteWithExample();
    const wrong = 'abcd-efgh-ijkl-mnop';
    const run = await cli(['publish', path, '--thread', '2', '--to', 'bluesky'], {
      THREADWRIGHT_BLUESKY_HANDLE: account.handle, THREADWRIGHT_BLUESKY_APP_PASSWORD: wrong, THREADWRIGHT_BLUESKY_SERVICE: PDS,
    });
    assert.strictEqual(run.status, 1);
    assert.match(run.stderr, /Bluesky did not accept the handle and app password/);
    assert.ok(!run.stderr.includes(wrong));
    assert.strictEqual((await postsOf(account.did)).length, 0);
  });
});
