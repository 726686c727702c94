import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, runCli } from './cliRun';

const POST = '---\ntitle: x\nlayout: post\n---\n\n# Post\n';

/** The files `check --format json` reports for these operands, in its order. */
function checked(cwd: string, operands: string[]): string[] {
  const run = runCli(['check', '--format', 'json', ...operands], { cwd });
  assert.equal(run.stderr, '', `stderr of check ${operands.join(' ')}`);
  return JSON.parse(run.stdout).files.map((file: { path: string }) => file.path);
}

suite('threadwright check: globs, negations and ignores', () => {
  let site: string;

  suiteSetup(() => {
    site = mkdtempSync(join(tmpdir(), 'threadwright-globs-'));
    const files = [
      'posts/2024/a.md', 'posts/2024/deep/b.md', 'posts/drafts/c.md', 'posts/.hidden/d.md', 'posts/notes.txt',
      '2023-first.md', '2024-second.md', '2025-third.md', '12-dozen.md', 'x1-not.md',
      'node_modules/pkg/readme.md', 'build/out.md', 'vendor/kept.md', 'vendor/skipped.md', 'archive/old.md',
    ];
    for (const file of files) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), POST);
    }
    mkdirSync(join(site, '.git'));
    writeFileSync(join(site, '.gitignore'), 'build/\nvendor/*\n');
    writeFileSync(join(site, 'vendor', '.gitignore'), '!kept.md\n');
    writeFileSync(join(site, '.threadwright.json'), '{ "ignores": ["archive/**"] }\n');
    symlinkSync(join(site, 'posts'), join(site, 'posts', '2024', 'loop'));
  });

  suiteTeardown(() => rmSync(site, { recursive: true, force: true }));

  test("'posts/**/*.md' '!posts/drafts/**': every depth, in name order, less the negated folder, dot folders and link cycles", () => {
    assert.deepEqual(checked(site, ['posts/**/*.md']), ['posts/2024/a.md', 'posts/2024/deep/b.md', 'posts/drafts/c.md']);
    assert.deepEqual(checked(site, ['posts/**/*.md', '!posts/drafts/**']), ['posts/2024/a.md', 'posts/2024/deep/b.md']);
    assert.deepEqual(checked(site, ['posts', '!**/deep/**']), ['posts/2024/a.md', 'posts/drafts/c.md']);
  });

  test("braces and brace ranges: '{2023,2024}-*.md' and '{2023..2024}-*.md'", () => {
    assert.deepEqual(checked(site, ['{2023,2024}-*.md']), ['2023-first.md', '2024-second.md']);
    assert.deepEqual(checked(site, ['{2023..2024}-*.md']), ['2023-first.md', '2024-second.md']);
    assert.deepEqual(checked(site, ['{2024..2025}-*.md']), ['2024-second.md', '2025-third.md']);
  });

  test("extglobs: '+([0-9])-*.md' is one or more digits, then a dash", () => {
    assert.deepEqual(checked(site, ['+([0-9])-*.md']), ['12-dozen.md', '2023-first.md', '2024-second.md', '2025-third.md']);
    assert.deepEqual(checked(site, ['!(2*)-*.md']), ['12-dozen.md', 'x1-not.md']);
  });

  test('.gitignore is respected (a deeper one can take a file back), node_modules is skipped, unless --no-gitignore', () => {
    assert.deepEqual(checked(site, ['**/*.md', '!posts/**']), ['12-dozen.md', '2023-first.md', '2024-second.md', '2025-third.md', 'vendor/kept.md', 'x1-not.md']);
    assert.deepEqual(checked(site, ['--no-gitignore', '**/*.md', '!posts/**', '!*.md']), ['build/out.md', 'vendor/kept.md', 'vendor/skipped.md']);
    assert.deepEqual(checked(site, ['node_modules/**/*.md']), ['node_modules/pkg/readme.md']);
  });

  test('"ignores" in .threadwright.json leaves its files out of folders, globs and named files alike', () => {
    // A folder whose every post is left out says so and fails, rather than passing having checked nothing.
    const folder = runCli(['check', 'archive'], { cwd: site });
    assert.equal(folder.stderr, 'threadwright: archive: its 1 Markdown files are all left out by .gitignore, "ignores" or a !pattern (--no-gitignore checks what .gitignore excludes)\n');
    assert.equal(folder.status, 2);
    assert.deepEqual(checked(site, ['archive/old.md']), []);
    assert.deepEqual(checked(site, ['--no-gitignore', 'archive/**']), []);
  });

  test('a range too large to expand is a clear failure, exit 2', () => {
    const run = runCli(['check', '{1..5000}.md'], { cwd: site });
    assert.equal(run.stderr, 'threadwright: {1..5000}.md: the range {1..5000} has more than 1000 items\n');
    assert.equal(run.status, 2);
  });
});

suite('threadwright in CI: the pre-commit hook and the GitHub Action, run as they are declared', () => {
  let site: string;
  const binary = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.threadwright);

  suiteSetup(() => {
    site = mkdtempSync(join(tmpdir(), 'threadwright-ci-'));
    mkdirSync(join(site, 'posts'));
    writeFileSync(join(site, 'posts', 'good.md'), POST);
    writeFileSync(join(site, 'posts', 'bad.md'), '---\ntitle: x\nlayout: post\ndate: someday\n---\n');
  });

  suiteTeardown(() => rmSync(site, { recursive: true, force: true }));

  test('.pre-commit-hooks.yaml: the hook runs its entry on the staged Markdown files, as pre-commit appends them', () => {
    const [hook] = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string; types: string[] }[];
    assert.deepEqual([hook.id, hook.language, hook.types], ['threadwright', 'node', ['markdown']]);
    const [program, ...args] = hook.entry.split(' ');
    assert.equal(program, 'threadwright', 'the entry is the package\'s bin');
    const run = runCli([...args, 'posts/good.md', 'posts/bad.md'], { cwd: site });
    assert.match(run.stdout, /^posts\/bad\.md:4:7 {2}error {2}front-matter\/invalid-value {2}/m);
    assert.equal(run.status, 1, 'a failing hook stops the commit');
    assert.equal(runCli([...args, 'posts/good.md'], { cwd: site }).status, 0);
    assert.ok(binary.endsWith('dist/cli.js'));
  });

  test("action.yml: the check step's command prints GitHub annotations for the given paths and fails on errors", () => {
    const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: { name: string; run: string; env?: Record<string, string> }[] } };
    assert.equal(action.runs.using, 'composite');
    const step = action.runs.steps.find((candidate) => candidate.name === 'Check posts')!;
    assert.match(step.run, /--format github/);
    const run = spawnSync('bash', ['-c', step.run], {
      cwd: site,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTION_PATH: ROOT, THREADWRIGHT_PATHS: 'posts/**/*.md', THREADWRIGHT_ARGS: '--quiet' },
    });
    assert.deepEqual(run.stdout.trimEnd().split('\n'), ['::error file=posts/bad.md,line=4,col=7,endLine=4,endColumn=14,title=threadwright front-matter/invalid-value::`date`: Jekyll cannot read "someday" as a date, and stops the build. Write it as 2024-08-21 10:00:00 +0100.']);
    assert.equal(run.status, 1);
  });
});
