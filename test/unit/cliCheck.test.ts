import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twitterText from 'twitter-text';
import { CLI, EXAMPLE_PATH, FIXTURES, ROOT, runCli } from './cliRun';
import { EXAMPLE_POST } from './examplePost';

const { parseTweet } = twitterText;

// post-format.md: post 8/10 of the first thread is 326 on X, so its last 46 characters are past 280.
const LAST_BULLET = EXAMPLE_POST.split('\n')[130];
const EXAMPLE_PROBLEM = {
  line: 131,
  column: LAST_BULLET.length - 46 + 1,
  endLine: 131,
  endColumn: LAST_BULLET.length + 1,
  severity: 'error',
  code: 'thread/too-long',
  message: 'Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over',
};
const EXAMPLE_LINE = `${EXAMPLE_PATH}:131:${EXAMPLE_PROBLEM.column}  error  thread/too-long  Post 8/10 of "Bitcoin Mining Crisis…" is 326/280: 46 over\n`;

/** The over-long fixture's problem, derived from twitter-text: where the weighted length passes 280, to the post's end. */
function overFixtureProblem() {
  const text = readFileSync(join(FIXTURES, 'posts/drafts/over.md'), 'utf8');
  const postStart = text.indexOf('2/2 ');
  const postText = text.slice(postStart).trimEnd();
  const weighted = parseTweet(postText).weightedLength;
  let fitting = 0;
  while (parseTweet(postText.slice(0, fitting + 1)).weightedLength <= 280) fitting++;
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const start = position(postStart + fitting);
  const end = position(postStart + postText.length);
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    severity: 'error',
    code: 'thread/too-long',
    message: `Post 2/2 of "Over" is ${weighted}/280: ${weighted - 280} over`,
  };
}

suite('threadwright check: the example post', () => {
  test('text: one line per problem, path:line:column  severity  code  message, sorted by position, exit 1', () => {
    assert.equal(LAST_BULLET, '- 90,000 node network for enhanced security and decentralization');
    const run = runCli(['check', EXAMPLE_PATH]);
    const lines = run.stdout.split('\n').filter((line) => line !== '');
    // The example post: a 95-character title, an image the repository does not hold, the over-length post 8/10,
    // and the six posts that quote $34,900 or 60% where the body says $72,225 and 78%.
    assert.deepEqual(lines.map((line) => line.split('  ').slice(0, 3).join(' ').replace(`${EXAMPLE_PATH}:`, '').replace(/:\d+ /, ' ')), [
      '3 warning front-matter/too-long',
      '5 warning front-matter/missing-file',
      '115 info thread/figure-not-in-post',
      '117 info thread/figure-not-in-post',
      '131 error thread/too-long',
      '144 info thread/figure-not-in-post',
      '146 info thread/figure-not-in-post',
      '173 info thread/figure-not-in-post',
      '175 info thread/figure-not-in-post',
    ]);
    assert.ok(lines.includes(EXAMPLE_LINE.trimEnd()));
    assert.equal(run.stderr, '1 error, 2 warnings, 6 info in 1 file.\n');
    assert.equal(run.status, 1);
  });

  test('json: the files and their problems with 1-based lines and columns', () => {
    const run = runCli(['check', '--format', 'json', EXAMPLE_PATH]);
    const [file] = JSON.parse(run.stdout).files;
    assert.equal(file.path, EXAMPLE_PATH);
    assert.equal(file.problems.length, 9);
    assert.deepEqual(file.problems.filter((problem: { severity: string }) => problem.severity === 'error'), [EXAMPLE_PROBLEM]);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
  });

  test('- reads the post from standard input', () => {
    const run = runCli(['check', '--quiet', '--format=json', '-'], { input: EXAMPLE_POST });
    assert.deepEqual(JSON.parse(run.stdout), { files: [{ path: '<stdin>', problems: [EXAMPLE_PROBLEM] }] });
    assert.equal(run.status, 1);
  });

  test('--quiet still prints errors, and nothing else', () => {
    const run = runCli(['check', '-q', EXAMPLE_PATH]);
    assert.equal(run.stdout, EXAMPLE_LINE);
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
  });
});

suite('threadwright check: a folder of posts', () => {
  const inFixtures = (args: string[]) => runCli(args, { cwd: FIXTURES });

  test('a folder means every Markdown file under it, in name order; other files are left alone', () => {
    const run = inFixtures(['check', '--format', 'json', 'posts']);
    assert.deepEqual(JSON.parse(run.stdout), {
      files: [
        { path: 'posts/drafts/over.md', problems: [overFixtureProblem()] },
        { path: 'posts/fits.md', problems: [] },
      ],
    });
    assert.equal(run.status, 1);
  });

  test('a quoted glob matches the same files; one that matches only fitting posts exits 0 and prints nothing', () => {
    assert.deepEqual(JSON.parse(inFixtures(['check', '--format', 'json', 'posts/**/*.md']).stdout), JSON.parse(inFixtures(['check', '--format', 'json', 'posts']).stdout));
    const fitting = inFixtures(['check', 'posts/*.md']);
    assert.equal(fitting.stdout, '');
    assert.equal(fitting.stderr, 'No problems in 1 file.\n');
    assert.equal(fitting.status, 0);
  });

  test('text form of the folder: one line for the one problem', () => {
    const problem = overFixtureProblem();
    const run = inFixtures(['check', 'posts/']);
    assert.equal(run.stdout, `posts/drafts/over.md:${problem.line}:${problem.column}  error  thread/too-long  ${problem.message}\n`);
    assert.equal(run.stderr, '1 error, 0 warnings in 2 files.\n');
  });
});

suite('threadwright check: what cannot be checked gives a clear message and exit 2', () => {
  let scratch: string;
  suiteSetup(() => {
    scratch = mkdtempSync(join(tmpdir(), 'threadwright-cli-'));
  });
  suiteTeardown(() => rmSync(scratch, { recursive: true, force: true }));

  test('a missing file is reported, and the files after it are still checked', () => {
    const run = runCli(['check', '--quiet', 'missing.md', EXAMPLE_PATH]);
    assert.equal(run.stdout, EXAMPLE_LINE);
    assert.match(run.stderr, /^threadwright: missing\.md: no such file or folder$/m);
    assert.equal(run.status, 2);
  });

  test('a folder without Markdown, and a glob that matches nothing', () => {
    const run = runCli(['check', 'no-markdown', 'posts/**/*.mdx'], { cwd: FIXTURES });
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'threadwright: no-markdown: no Markdown files (.md, .markdown) in this folder\nthreadwright: posts/**/*.mdx: no files match this pattern\n');
    assert.equal(run.status, 2);
  });

  test('a binary file, a UTF-16 file and a Latin-1 file are each skipped with the reason; the good post is still checked', () => {
    writeFileSync(join(scratch, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(scratch, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Post', 'utf16le')]));
    writeFileSync(join(scratch, 'latin1.md'), Buffer.from('# Caf\xe9\n', 'latin1'));
    writeFileSync(join(scratch, 'good.md'), EXAMPLE_POST);
    const run = runCli(['check', '--quiet', '--format', 'json', '.'], { cwd: scratch });
    assert.deepEqual(JSON.parse(run.stdout), { files: [{ path: 'good.md', problems: [EXAMPLE_PROBLEM] }] });
    assert.equal(run.stderr, [
      'threadwright: image.md: skipped: not a text file (it has a NUL byte at byte 8)',
      'threadwright: latin1.md: skipped: not valid UTF-8 text; save it as UTF-8',
      'threadwright: utf16.md: skipped: UTF-16 text; save it as UTF-8',
      '',
    ].join('\n'));
    assert.equal(run.status, 2);
  });

  test('a 10 MB post is skipped at once over the default 5 MB limit, and checked when the limit allows it', function () {
    this.timeout(60_000);
    const threads = EXAMPLE_POST.slice(EXAMPLE_POST.indexOf('### Thread:'));
    const copies = Math.ceil((10 * 1024 * 1024) / threads.length);
    writeFileSync(join(scratch, 'big.md'), `# Big\n\n## Twitter threads:\n\n${threads.repeat(copies)}`);
    const skipped = runCli(['check', 'big.md'], { cwd: scratch });
    assert.equal(skipped.stderr, 'threadwright: big.md: skipped: 10 MB, over the 5 MB limit (raise it with --max-size)\n');
    assert.equal(skipped.status, 2);
    const checked = runCli(['check', '--quiet', '--max-size', '11', '--format', 'json', 'big.md'], { cwd: scratch });
    const [file] = JSON.parse(checked.stdout).files;
    assert.equal(file.problems.length, copies, 'one over-length post (8/10 of the first thread) per copy');
    assert.equal(checked.status, 1);
  });
});

suite('threadwright: usage', () => {
  const usageErrors: [string[], RegExp][] = [
    [['check'], /^threadwright: check needs at least one path or glob \(use - for standard input\)$/m],
    [['check', '--fromat', 'json', EXAMPLE_PATH], /^threadwright: unknown option --fromat for check$/m],
    [['check', '--format', 'xml', EXAMPLE_PATH], /^threadwright: --format must be one of text, json, sarif, github, junit; got "xml"$/m],
    [['check', '--format'], /^threadwright: --format needs a value: --format text\|json\|sarif\|github\|junit$/m],
    [['check', '--platform', 'myspace', EXAMPLE_PATH], /^threadwright: --platform must be one of x, bluesky, mastodon, threads; got "myspace"$/m],
    [['check', '--max-size', 'lots', EXAMPLE_PATH], /^threadwright: --max-size must be a positive number of megabytes; got "lots"$/m],
    [['check', '--schema', 'missing.json', EXAMPLE_PATH], /^threadwright: --schema missing\.json: no such file$/m],
    [['thread', EXAMPLE_PATH, EXAMPLE_PATH], /^threadwright: thread takes one file; got 2$/m],
    [['check', '--dry-run', EXAMPLE_PATH], /^threadwright: --dry-run goes with --fix/m],
    [['check', '--fix', '-'], /^threadwright: --fix cannot write standard input back; use --fix --dry-run to see the diff$/m],
    [['check', '--quiet=yes', EXAMPLE_PATH], /^threadwright: --quiet takes no value$/m],
    [['lint', EXAMPLE_PATH], /^threadwright: unknown command "lint"; commands: check, count, thread, publish$/m],
  ];
  for (const [args, message] of usageErrors) {
    test(`threadwright ${args.join(' ')}: exit 2 with a message on stderr and nothing on stdout`, () => {
      const run = runCli(args);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
      assert.equal(run.status, 2);
    });
  }

  test('--help prints the usage and the options, for the program and for each command', () => {
    const general = runCli(['--help']);
    assert.match(general.stdout, /^Usage: threadwright <command> \[options\] <paths…>$/m);
    const commandRows = general.stdout.slice(general.stdout.indexOf('Commands:\n') + 10).split('\n\n')[0].split('\n');
    assert.deepEqual(commandRows.map((row) => row.split(/ +/)[1]), ['check', 'count', 'thread', 'publish']);
    // Every summary starts in the same column, two spaces after the longest command name.
    assert.deepEqual(commandRows.map((row) => row.search(/[A-Z]/)), commandRows.map(() => '  publish  '.length));
    assert.equal(general.status, 0);
    const check = runCli(['check', '--help']);
    assert.match(check.stdout, /^Usage: threadwright check \[options\] <paths or globs…>$/m);
for (const option of ['--format text|json|sarif|github|junit', '--fix', '--dry-run', '--no-gitignore', '--platform x|bluesky|mastodon|threads', '--preset jekyll|hugo', '--schema FILE', '-q, --quiet', '--max-size MB']) {
      assert.ok(check.stdout.includes(option), option);
    }
    assert.equal(check.status, 0);
    assert.match(runCli(['help', 'count']).stdout, /^Usage: threadwright count \[options\] <files, folders or globs…>$/m);
  });

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const run = runCli(['--version']);
    assert.equal(run.stdout, `${version}\n`);
    assert.equal(run.status, 0);
  });
});

suite('threadwright: colour only on a terminal', () => {
  const ERROR_IN_RED = '\u001b[31merror\u001b[0m';

  /** Runs the CLI with a real pseudo-terminal as stdout, through util-linux `script`. */
  function runOnTerminal(env: Record<string, string> = {}) {
    const command = [process.execPath, CLI, 'check', EXAMPLE_PATH].map((part) => `'${part}'`).join(' ');
    const clean = { ...process.env };
    delete clean.NO_COLOR;
    delete clean.FORCE_COLOR;
    return spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8' });
  }

  test('on a terminal the severity is coloured; piped, the output is plain', () => {
    const terminal = runOnTerminal();
    assert.ok(terminal.stdout.includes(ERROR_IN_RED), JSON.stringify(terminal.stdout));
    assert.equal(terminal.status, 1);
    assert.ok(!runCli(['check', EXAMPLE_PATH]).stdout.includes('\u001b'));
  });

  test('NO_COLOR turns colour off on a terminal, and FORCE_COLOR turns it on in a pipe', () => {
    assert.ok(!runOnTerminal({ NO_COLOR: '1' }).stdout.includes('\u001b'));
    assert.ok(runCli(['check', EXAMPLE_PATH], { env: { FORCE_COLOR: '1' } }).stdout.includes(ERROR_IN_RED));
  });
});
