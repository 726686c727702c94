import * as assert from 'node:assert/strict';
import twitterText from 'twitter-text';
import { parsePost } from '../../src/core/post/postModel';
import { EXAMPLE_PATH, runCli } from './cliRun';

const { parseTweet } = twitterText;
const TITLE = 'Financial Pressures Drive Bitcoin Miners to AI: Exploring the Shift to Sustainable Alternatives';

suite('threadwright thread', () => {
  test('json: the title and the posts the convert command would insert, each within 280 by parseTweet, labelled 1/N … N/N', () => {
    const run = runCli(['thread', '--mode', 'full', '--format', 'json', EXAMPLE_PATH]);
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

  test('the default is a digest: 8–12 posts, hook first, closing line last; --posts 6 makes at most 6', () => {
    const { posts } = JSON.parse(runCli(['thread', '--format', 'json', EXAMPLE_PATH]).stdout) as { posts: string[] };
    assert.ok(posts.length >= 8 && posts.length <= 12, `${posts.length}`);
    assert.ok(posts[0].startsWith(`1/${posts.length} ${TITLE}`));
    assert.ok(posts.at(-1)!.endsWith('Download your Koii node today.'));
    const six = JSON.parse(runCli(['thread', '--posts', '6', '--format', 'json', EXAMPLE_PATH]).stdout) as { posts: string[] };
    assert.ok(six.posts.length <= 6 && six.posts.length >= 3, `${six.posts.length}`);
    assert.ok(JSON.parse(runCli(['thread', '--mode', 'full', '--format', 'json', EXAMPLE_PATH]).stdout).posts.length > 12);
  });

  test('--posts must be a whole number and --mode digest or full: usage errors otherwise', () => {
    for (const args of [['--posts', '0'], ['--posts', 'ten'], ['--mode', 'summary']]) {
      const run = runCli(['thread', ...args, EXAMPLE_PATH]);
      assert.equal(run.status, 2, args.join(' '));
      assert.match(run.stderr, args[0] === '--posts' ? /--posts must be a whole number/ : /summary/);
    }
  });

  test('a post with no body (the KEDA blog\'s _index.md) exits 1 and says there is nothing to convert, printing no thread', () => {
    const run = runCli(['thread', 'test/fixtures/corpus/kedacore__keda-docs/content/blog/_index.md']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /_index\.md has no body text to convert/);
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
