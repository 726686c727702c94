import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { compileSegment, expandBraces, splitPattern, walkMatches } from '../../src/cli/glob';

function matches(segment: string, name: string): boolean {
  const matcher = compileSegment(segment);
  return matcher !== 'globstar' && matcher(name);
}

suite('glob patterns: one segment', () => {
  test('* and ? match within a name, never across a slash or onto a leading dot', () => {
    assert.ok(matches('*.md', 'post.md'));
    assert.ok(!matches('*.md', 'post.markdown'));
    assert.ok(matches('post-??.md', 'post-01.md'));
    assert.ok(!matches('post-??.md', 'post-1.md'));
    assert.ok(!matches('*.md', '.draft.md'));
    assert.ok(matches('.*.md', '.draft.md'));
    assert.ok(!matches('*', 'a/b'));
  });

  test('character classes, negation, and regular expression characters taken literally', () => {
    assert.ok(matches('[0-9]*.md', '2024-post.md'));
    assert.ok(!matches('[0-9]*.md', 'post.md'));
    assert.ok(matches('[!_]*.md', 'post.md'));
    assert.ok(!matches('[!_]*.md', '_draft.md'));
    assert.ok(matches('a+b (1).md', 'a+b (1).md'));
    assert.ok(!matches('a+b (1).md', 'aab 1.md'));
    assert.ok(matches('[unclosed.md', '[unclosed.md'));
  });

  test('braces expand like a shell, nested and across folders, and a brace bomb is refused', () => {
    assert.deepEqual(expandBraces('posts/*.{md,markdown}'), ['posts/*.md', 'posts/*.markdown']);
    assert.deepEqual(expandBraces('{posts,drafts/{a,b}}/*.md'), ['posts/*.md', 'drafts/a/*.md', 'drafts/b/*.md']);
    assert.deepEqual(expandBraces('{single}.md'), ['{single}.md']);
    assert.throws(() => expandBraces('{a,b}'.repeat(12)), /more than 256 alternatives/);
  });

  test('a pattern starts its walk at its longest folder without magic', () => {
    assert.equal(splitPattern('posts/2024/**/*.md').base, 'posts/2024');
    assert.equal(splitPattern('**/*.md').base, '');
    assert.equal(splitPattern('/srv/site/*.md').base, '/srv/site');
    assert.equal(splitPattern('posts/*/index.md').segments.length, 2);
  });
});

suite('glob patterns: walking folders', () => {
  let root: string;

  suiteSetup(() => {
    root = mkdtempSync(join(tmpdir(), 'threadwright-glob-'));
    for (const file of ['posts/a.md', 'posts/2024/b.md', 'posts/2024/deep/c.md', 'posts/2024/notes.txt', 'posts/.drafts/d.md', 'node_modules/pkg/readme.md', 'top.md']) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '# Post\n');
    }
    symlinkSync(join(root, 'posts'), join(root, 'posts', '2024', 'loop'));
  });

  suiteTeardown(() => rmSync(root, { recursive: true, force: true }));

  const walk = (pattern: string) => walkMatches(root, splitPattern(pattern).base, splitPattern(pattern).segments).map((file) => file.path);

  test('** matches any depth, including none, in name order, and skips dot folders, node_modules and folder links', () => {
    assert.deepEqual(walk('**/*.md'), ['posts/2024/b.md', 'posts/2024/deep/c.md', 'posts/a.md', 'top.md']);
    assert.deepEqual(walk('posts/**/*.md'), ['posts/2024/b.md', 'posts/2024/deep/c.md', 'posts/a.md']);
    assert.deepEqual(walk('posts/**'), ['posts/2024/b.md', 'posts/2024/deep/c.md', 'posts/2024/notes.txt', 'posts/a.md']);
  });

  test('a literal dot folder or node_modules in the pattern is entered', () => {
    assert.deepEqual(walk('posts/.drafts/*.md'), ['posts/.drafts/d.md']);
    assert.deepEqual(walk('node_modules/*/*.md'), ['node_modules/pkg/readme.md']);
  });

  test('* stays within one folder, and a missing base folder matches nothing', () => {
    assert.deepEqual(walk('posts/*.md'), ['posts/a.md']);
    assert.deepEqual(walk('posts/*/*.md'), ['posts/2024/b.md']);
    assert.deepEqual(walk('missing/**/*.md'), []);
  });
});
