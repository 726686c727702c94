import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { parsePost } from '../../src/core/postModel';
import { EXAMPLE_PATH, runCli } from './cliRun';

const { parseTweet } = twitterText;
const TITLE = 'Financial Pressures Drive Bitcoin Miners to AI: Exploring the Shift to Sustainable Alternatives';

suite('threadwright thread', () => {
  test('json: the title and the posts the convert command would insert, each within 280 by parseTweet, labelled 1/N … N/N', () => {
    const run = runCli(['thread', '--format', 'json', EXAMPLE_PATH]);
    assert.equal(run.status, 0);
    const { title, posts } = JSON.parse(run.stdout) as { title: string; posts: string[] };
    assert.equal(title, TITLE);
    assert.ok(posts.length > 1);
    posts.forEach((post, index) => {
      assert.ok(post.startsWith(`${index + 1}/${posts.length} `), post);
      assert.ok(parseTweet(post).weightedLength <= 280, post);
    });
    assert.equal(posts[0], `1/${posts.length} ${TITLE}\nThe Escalation of Bitcoin Mining`);
  });

  test('markdown: the "### Thread:" block, which reads back as the same posts', () => {
    const markdown = runCli(['thread', EXAMPLE_PATH]);
    const json = JSON.parse(runCli(['thread', '--format', 'json', EXAMPLE_PATH]).stdout) as { posts: string[] };
    assert.equal(markdown.status, 0);
    assert.ok(markdown.stdout.startsWith(`### Thread: "${TITLE}"\n\n1/`));
    const readBack = parsePost(`## Twitter threads:\n\n${markdown.stdout}`).threadsBlock!.threads[0].posts.map((post) => post.text);
    assert.deepEqual(readBack, json.posts);
  });

  test('--numbering parens puts each label at the end, in parentheses', () => {
    const { posts } = JSON.parse(runCli(['thread', '--format', 'json', '--numbering', 'parens', EXAMPLE_PATH]).stdout) as { posts: string[] };
    posts.forEach((post, index) => assert.ok(post.endsWith(` (${index + 1}/${posts.length})`), post));
  });

  test('a missing file exits 2 with a message, and an unknown numbering style is a usage error', () => {
    const missing = runCli(['thread', 'missing.md']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /missing\.md: no such file or folder/);
    const bad = runCli(['thread', '--numbering', 'roman', EXAMPLE_PATH]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /roman/);
  });
});
