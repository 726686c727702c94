import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { analysePost } from '../../src/core/checks/analysis';
import { PlatformCounts } from '../../src/core/count/countCache';
import { DEFAULT_THREADS_HEADINGS } from '../../src/core/post/postModel';
import { PLATFORM_IDS } from '../../src/core/count/platforms';
import { ROOT, runCli } from './cliRun';
import { EXAMPLE_POST } from './examplePost';

// Fixed seed and bounded runs: the same mutated posts every time, a few seconds in all.
const SEED = 20261201;
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return /\.(md|markdown)$/.test(name) ? [path] : [];
  });
}

const BASES = [EXAMPLE_POST, ...markdownFiles(CORPUS).sort().map((path) => readFileSync(path, 'utf8'))];

// What a fuzzer splices in: labels of every kind, thread syntax, front matter delimiters, and long runs.
const fragment = fc.oneof(
  fc.constantFrom('0/1 ', '00/10 ', '1/0 ', '9999/9999 ', '99999999999999999999/1 ', '1/2 ', '\n## Twitter threads:\n\n', '\n### Bluesky thread: "B"\n\n',
    '\n### Thread: "T"\n\n1/1 ', '\n---\n', '\n+++\n', '\n```\n', '$34,900', '60%+', '1.1.1.1', 'https://example.com/a', '@user@example.social', '\r\n',
    '\uFEFF', '\t', '"', ': ', '👩‍👩‍👧‍👦', 'e\u0301'),
  fc.tuple(fc.constantFrom('日', '😀', 'a.', '9,', '\u0301'), fc.integer({ min: 50, max: 3000 })).map(([unit, times]) => unit.repeat(times)),
  fc.string({ maxLength: 12 }),
);
const mutation = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 40 }), insert: fragment });
const mutatedPost = fc.record({ base: fc.nat({ max: BASES.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) }).map(({ base, mutations }) => {
  let text = BASES[base];
  for (const { at, cut, insert } of mutations) {
    const start = Math.floor(at * text.length);
    text = text.slice(0, start) + insert + text.slice(start + cut);
  }
  return text;
});

suite('fuzzing: mutated posts never crash the checks', () => {
  test('the core analyses mutated example and corpus posts on every platform without an exception', () => {
    fc.assert(fc.property(mutatedPost, fc.constantFrom(...PLATFORM_IDS), (text, platform) => {
      const { problems } = analysePost(text, { threadsHeadings: DEFAULT_THREADS_HEADINGS }, new PlatformCounts([platform]));
      for (const problem of problems) assert.ok(problem.range.start >= 0 && problem.range.start <= problem.range.end && problem.range.end <= text.length);
    }), { seed: SEED, numRuns: 150 });
  });

  test('the CLI prints valid JSON for mutated posts: check on a folder of them, count on one', function () {
    // Two processes on a busy machine; the time is bounded by the runs, not measured.
    this.timeout(60_000);
    const folder = mkdtempSync(join(tmpdir(), 'threadwright-fuzz-'));
    try {
      const posts = fc.sample(mutatedPost, { seed: SEED, numRuns: 30 });
      posts.forEach((text, index) => writeFileSync(join(folder, `post-${index}.md`), text));
      const check = runCli(['check', '--format', 'json', folder]);
      assert.ok(check.status === 0 || check.status === 1, check.stderr);
      assert.doesNotMatch(check.stderr, /\n\s+at /, 'no stack trace');
      const files = (JSON.parse(check.stdout) as { files: { path: string }[] }).files;
      assert.equal(files.length, posts.length);
      const count = runCli(['count', '--format', 'json', join(folder, 'post-0.md')]);
      assert.equal(count.status, 0, count.stderr);
      assert.ok(Array.isArray((JSON.parse(count.stdout) as { threads: unknown }).threads));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
