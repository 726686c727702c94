import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import twitterText from 'twitter-text';
import { EXAMPLE_PATH, FIXTURES, runCli } from './cliRun';
import { EXAMPLE_POST } from './examplePost';

const { parseTweet } = twitterText;

interface CountJson {
  threads: { title: string; line: number; posts: { label: string; line: number; length: number; limit: number; fits: boolean }[] }[];
}

suite('threadwright count: the example post', () => {
  const run = () => runCli(['count', '--format', 'json', EXAMPLE_PATH]);

  test("json: post-format.md's threads, posts and lengths, with 1-based lines", () => {
    const result = run();
    assert.equal(result.status, 0);
    const { threads } = JSON.parse(result.stdout) as CountJson;
    assert.deepEqual(threads.map((thread) => [thread.title, thread.line, thread.posts.length]), [
      ['Bitcoin Mining Crisis and the DePIN Alternative: A Shift in Crypto Infrastructure', 111, 10],
      ['Financial Pressures Drive Miners to AI: The Shift to Sustainable Alternatives', 139, 8],
      ['The Evolving Crypto Mining Landscape: Centralization, AI Pivots, and the Rise of DePIN', 169, 10],
    ]);
    const lines = EXAMPLE_POST.split('\n');
    for (const thread of threads) assert.match(lines[thread.line - 1], /^### Thread: "/);
    const first = threads[0].posts[0];
    assert.deepEqual(first, { label: '1/10', line: 113, length: parseTweet(lines[112]).weightedLength, limit: 280, fits: true });
    assert.equal(first.length, 179);
    assert.deepEqual(threads[0].posts[7], { label: '8/10', line: 127, length: 326, limit: 280, fits: false, over: '46 over' });
    assert.equal(threads[2].posts[9].length, 276);
    const overLimit = threads.flatMap((thread) => thread.posts.filter((post) => !post.fits).map((post) => `${thread.line}:${post.label}`));
    assert.deepEqual(overLimit, ['111:8/10']);
    for (const thread of threads) {
      assert.deepEqual(thread.posts.map((post) => post.label), thread.posts.map((_, index) => `${index + 1}/${thread.posts.length}`));
      for (const post of thread.posts) assert.ok(lines[post.line - 1].startsWith(`${post.label} `));
    }
  });

  test('text: a table per thread, the over-long post marked with how much it is over', () => {
    const result = runCli(['count', EXAMPLE_PATH]);
    assert.equal(result.status, 0);
    const rows = result.stdout.split('\n');
    assert.equal(rows[0], `${EXAMPLE_PATH}:111  Bitcoin Mining Crisis and the DePIN Alternative: A Shift in Crypto Infrastructure`);
    assert.match(rows[1], /^\s+post\s+line\s+length$/);
    assert.match(rows[2], /^\s+1\/10\s+113\s+179\/280$/);
    assert.match(rows[9], /^\s+8\/10\s+127\s+326\/280\s+46 over$/);
    assert.equal(rows.filter((row) => row.endsWith(' over')).length, 1);
    assert.equal(rows.filter((row) => /^\s+\d+\/\d+\s/.test(row)).length, 28);
  });
});

suite('threadwright count: other inputs', () => {
  test('a post without threads: an empty list, or a sentence saying so', () => {
    const json = runCli(['count', '--format', 'json', '-'], { input: '# Just a post\n\nNo threads here.\n' });
    assert.deepEqual(JSON.parse(json.stdout), { threads: [] });
    assert.equal(json.status, 0);
    const text = runCli(['count', '-'], { input: '# Just a post\n' });
    assert.equal(text.stdout, '<stdin>: no threads (they start under a heading such as "## Twitter threads").\n');
  });

  test('a missing file is exit 2', () => {
    const missing = runCli(['count', 'missing.md']);
    assert.equal(missing.stderr, 'threadwright: missing.md: no such file or folder\n');
    assert.equal(missing.status, 2);
  });

  test('a folder and a glob are counted file by file, as check reads them; JSON then names each file', () => {
    const overText = readFileSync(join(FIXTURES, 'posts/drafts/over.md'), 'utf8');
    const overPost = overText.slice(overText.indexOf('2/2 ')).trimEnd();
    for (const operand of ['posts', 'posts/**/*.md']) {
      const run = runCli(['count', '--format', 'json', operand], { cwd: FIXTURES });
      assert.equal(run.status, 0, run.stderr);
      const { files } = JSON.parse(run.stdout) as { files: ({ path: string } & CountJson)[] };
      assert.deepEqual(files.map((file) => file.path), ['posts/drafts/over.md', 'posts/fits.md']);
      assert.equal(files[0].threads[0].posts[1].length, parseTweet(overPost).weightedLength);
      assert.equal(files[0].threads[0].posts[1].fits, false);
    }
    const text = runCli(['count', 'posts'], { cwd: FIXTURES });
    assert.match(text.stdout, /^posts\/drafts\/over\.md:\d+ /m);
    assert.match(text.stdout, /^posts\/fits\.md:\d+ /m);
  });
});
