import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive } from '../../bench/generateArchive';
import { CLI, runCli } from './cliRun';

// Above the 200 files from which check shares the work between worker threads.
const POSTS = 240;

interface JsonFile {
  path: string;
  problems: { line: number; code: string; message: string }[];
}

/** Runs the CLI with a real pseudo-terminal as stdout and stderr, through util-linux `script`. */
function runOnTerminal(args: string[], cwd: string) {
  const command = [process.execPath, CLI, ...args].map((part) => `'${part}'`).join(' ');
  return spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', timeout: 120_000 });
}

suite('threadwright check over an archive of many posts', () => {
  let site: string;

  suiteSetup(() => {
    site = mkdtempSync(join(tmpdir(), 'threadwright-archive-'));
    // One of the posts is an image with a Markdown name: skipped with a message, the others still checked.
    writeFileSync(writeArchive(site, POSTS)[4], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  });

  suiteTeardown(() => rmSync(site, { recursive: true, force: true }));

  test('the files shared between worker threads give each file the result it gets alone, in name order', function () {
    this.timeout(180_000);
    const all = runCli(['check', '--format', 'json', 'posts'], { cwd: site });
    const files = JSON.parse(all.stdout).files as JsonFile[];
    assert.equal(files.length, POSTS - 1, 'every post but the binary one');
    assert.deepEqual(files.map((file) => file.path), [...files.map((file) => file.path)].sort());
    assert.equal(all.stderr, 'threadwright: posts/2019/00005-post.md: skipped: not a text file (it has a NUL byte at byte 4)\n');
    assert.equal(all.status, 2);
    for (const index of [0, 1, 3, 117, 238]) {
      const alone = runCli(['check', '--format', 'json', files[index].path], { cwd: site });
      assert.deepEqual(JSON.parse(alone.stdout).files[0], files[index]);
    }
    // Posts with threads: some of them over the limit, as in the generated archive.
    assert.ok(files.some((file) => file.problems.some((problem) => problem.code === 'thread/too-long')));
  });

  test('on a terminal a progress line counts the files; piped or in JSON there is none', function () {
    this.timeout(180_000);
    const terminal = runOnTerminal(['check', '--quiet', 'posts'], site);
    assert.match(terminal.stdout, new RegExp(`checked ${POSTS}/${POSTS} files`));
    assert.match(terminal.stdout, /checked \d+\/240 files/);
    const json = runOnTerminal(['check', '--format', 'json', 'posts'], site);
    assert.ok(!json.stdout.includes('checked '), 'no progress with --format json');
    assert.doesNotThrow(() => JSON.parse(json.stdout.slice(json.stdout.indexOf('{"files"')).split('\r\n')[0]));
    const piped = runCli(['check', '--quiet', 'posts'], { cwd: site });
    assert.ok(!piped.stderr.includes('checked '), 'no progress when stderr is not a terminal');
  });
});
