import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli } from './cliRun';

suite('threadwright and .threadwright.json', () => {
  const post = readFileSync(join(FIXTURES, 'configured', 'post.md'), 'utf8');

  test("the nearest project file's threadsHeadings make a differently named threads block count", () => {
    const configured = runCli(['check', '--format', 'json', 'configured/post.md'], { cwd: FIXTURES });
    const [file] = JSON.parse(configured.stdout).files;
    assert.deepEqual(file.problems.map((problem: { code: string; line: number }) => [problem.code, problem.line]), [['thread/too-long', 7]]);
    assert.equal(configured.status, 1);
    // The same text read from a folder with no project file above it has no threads block at all.
    const unconfigured = runCli(['check', '--format', 'json', '-'], { cwd: FIXTURES, input: post });
    assert.deepEqual(JSON.parse(unconfigured.stdout), { files: [{ path: '<stdin>', problems: [] }] });
    assert.equal(unconfigured.status, 0);
  });

  test('standard input uses the project file found walking up from the working folder', () => {
    const run = runCli(['count', '--format', 'json', '-'], { cwd: join(FIXTURES, 'configured'), input: post });
    assert.deepEqual(JSON.parse(run.stdout).threads.map((thread: { title: string }) => thread.title), ['Custom']);
  });

  test("a broken project file is reported at its line and column, its posts are skipped, and other posts are still checked", () => {
    const config = readFileSync(join(FIXTURES, 'broken-config', '.threadwright.json'), 'utf8');
    const before = config.slice(0, config.indexOf('"twitter"')).split('\n');
    const run = runCli(['check', 'broken-config', 'posts/drafts/over.md'], { cwd: FIXTURES });
    assert.equal(run.stderr.split('\n').slice(0, 2).join('\n'), [
      `broken-config/.threadwright.json:${before.length}:${before.at(-1)!.length + 1}  error  config/invalid-value  Unknown platform "twitter": use "x", "bluesky", "mastodon" or "threads"`,
      'threadwright: broken-config/post.md: skipped: broken-config/.threadwright.json has errors',
    ].join('\n'));
    assert.match(run.stdout, /^posts\/drafts\/over\.md:\d+:\d+ {2}error {2}thread\/too-long {2}Post 2\/2 of "Over" is/);
    assert.equal(run.status, 2);
  });
});
