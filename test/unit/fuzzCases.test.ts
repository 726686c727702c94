import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import type { PlatformId } from '../../src/core/count/platforms';
import { ROOT, runCli } from './cliRun';

// The worst inputs a fuzzer found: each must be checked quickly, with the problems a writer would expect.
const CASES = join(ROOT, 'test', 'fixtures', 'fuzz-cases');
const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };

function readCase(name: string): string {
  return readFileSync(join(CASES, name), 'utf8');
}

function problemsOf(text: string, platform: PlatformId): string[] {
  return analysePost(text, OPTIONS, new PlatformCounts([platform])).problems.map((problem) => `${problem.code}: ${problem.message}`);
}

/** The one post of a case file: the text after its `1/1 ` label line, as published. */
function onlyPost(text: string): string {
  return text.slice(text.indexOf('1/1 ')).trimEnd();
}

/** X's weight (twitter-text's default ranges): 1 for Latin and the other light scripts, 2 for CJK and emoji. */
function xWeight(text: string): number {
  let weight = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const light = code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247);
    weight += light ? 1 : 2;
  }
  return weight;
}

suite('fuzz cases: no crash, no freeze, the expected problems', () => {
  test('crash-zero-label.md: a post labelled 0/1 is a numbering warning, on every platform', () => {
    for (const platform of ['x', 'bluesky', 'mastodon', 'threads'] as const) {
      assert.deepEqual(problemsOf(readCase('crash-zero-label.md'), platform), ['thread/numbering: Post 0/1 of "x" starts the thread, but numbering starts at 1']);
    }
  });

  test('cjk-run-bluesky-70k.md: one 70,000-character CJK post is counted exactly on each platform', () => {
    const text = readCase('cjk-run-bluesky-70k.md');
    const post = onlyPost(text);
    const graphemes = [...post].length;
    assert.deepEqual(problemsOf(text, 'x'), [`thread/too-long: Post 1/1 of "S" is ${xWeight(post)}/280: ${xWeight(post) - 280} over`]);
    assert.deepEqual(problemsOf(text, 'bluesky'), [`thread/too-long: Post 1/1 of "S" is ${graphemes}/300: ${graphemes - 300} over`]);
    assert.deepEqual(problemsOf(text, 'mastodon'), [`thread/too-long: Post 1/1 of "S" is ${graphemes}/500: ${graphemes - 500} over`]);
    assert.deepEqual(problemsOf(text, 'threads'), [`thread/too-long: Post 1/1 of "S" is ${graphemes}/500: ${graphemes - 500} over`]);
  });

  test('dots-in-post-20k.md: a 20,000-character run of a.a.a… holds no link and counts one per character', () => {
    const text = readCase('dots-in-post-20k.md');
    const length = onlyPost(text).length;
    assert.deepEqual(problemsOf(text, 'x'), [`thread/too-long: Post 1/1 of "S" is ${length}/280: ${length - 280} over`]);
    assert.deepEqual(problemsOf(text, 'bluesky'), [`thread/too-long: Post 1/1 of "S" is ${length}/300: ${length - 300} over`]);
  });

  test('thread-emoji-run-16k.md: a body of 16,000 emoji has nothing to report but the missing layout', () => {
    for (const platform of ['x', 'bluesky'] as const) {
      assert.deepEqual(problemsOf(readCase('thread-emoji-run-16k.md'), platform), ['front-matter/missing-key: `layout` is missing: neither the post nor a `defaults:` entry in _config.yml sets it, so Jekyll renders the post without a layout.']);
    }
  });

  test('check-timeout-cjk-run-f00190.md: the 145,000-character CJK post is over by its exact weight, and the other checks still run', () => {
    const text = readCase('check-timeout-cjk-run-f00190.md');
    const post = text.split('\n')[119];
    const problems = problemsOf(text, 'x');
    assert.ok(problems.includes(`thread/too-long: Post 10/1 is ${xWeight(post)}/280: ${xWeight(post) - 280} over`), problems.join('\n'));
    const codes = new Map<string, number>();
    for (const problem of problems) codes.set(problem.split(':')[0], (codes.get(problem.split(':')[0]) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(codes), { 'front-matter/too-long': 1, 'thread/numbering': 16, 'thread/too-long': 1, 'thread/figure-not-in-post': 6 });
  });

  test('through the CLI, every case file is checked with valid JSON; the catastrophic schema is refused with its reason', () => {
    const run = runCli(['check', '--format', 'json', 'test/fixtures/fuzz-cases']);
    assert.equal(run.status, 2, run.stderr);
    const files = (JSON.parse(run.stdout) as { files: { path: string; problems: { code: string; message: string }[] }[] }).files;
    assert.deepEqual(files.map((file) => file.path.split('/').pop()).sort(), [
      'check-timeout-cjk-run-f00190.md', 'cjk-run-bluesky-70k.md', 'crash-zero-label.md', 'dots-in-post-20k.md', 'thread-emoji-run-16k.md',
    ]);
    const zero = files.find((file) => file.path.endsWith('crash-zero-label.md'))!;
    assert.deepEqual(zero.problems.map((problem) => problem.message), ['Post 0/1 of "x" starts the thread, but numbering starts at 1']);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.match(run.stderr, /redos-schema\/posts\/p\.md: skipped: schema .*schema\.json: the pattern \^\(a\+\)\+\$ repeats a group that starts with a repetition/);
  });
});
