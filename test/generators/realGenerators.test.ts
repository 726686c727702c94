import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { HUGO_CASES, JEKYLL_CASES, type OracleCase } from './cases';

// The real generators are the oracle: every case is built by Jekyll and by Hugo, and what each page shows
// (or the build's error) decides whether Threadwright must report a problem there.

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const HUGO_NO_DATE = '-62135596800';

type Verdict = { kind: 'fails'; reason: string } | { kind: 'misreads'; reason: string } | { kind: 'as-written' };

interface Located {
  line: number;
  severity: string;
  code: string;
  message: string;
}

interface Site {
  folder: string;
  postPath: (item: OracleCase) => string;
  /** Threadwright's problems per case file, from `threadwright check --format json .` before the build. */
  reported: Map<string, Located[]>;
  /** Case files the generator stopped the build on, with its message. */
  failed: Map<string, string>;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function postText(item: OracleCase): string {
  const eol = item.crlf === true ? '\r\n' : '\n';
  const delimiter = item.toml === true ? '+++' : '---';
  return `${item.bom === true ? '\uFEFF' : ''}${[delimiter, ...item.lines, delimiter, '', 'DATA'].join(eol)}${eol}`;
}

function checkWithThreadwright(site: Site): void {
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], { cwd: site.folder, encoding: 'utf8', timeout: 120_000 });
  assert.ok(run.status === 0 || run.status === 1, `threadwright check: ${run.stderr}`);
  const { files } = JSON.parse(run.stdout) as { files: { path: string; problems: Located[] }[] };
  for (const file of files) site.reported.set(file.path, file.problems);
}

function buildJekyll(sites: Site[]): void {
  const run = spawnSync('ruby', [join(ROOT, 'test', 'generators', 'jekyllBuild.rb'), ...sites.map((site) => site.folder)], { encoding: 'utf8', timeout: 300_000 });
  assert.equal(run.status, 0, `jekyll: ${run.stderr}`);
  for (const line of run.stdout.split('\n').filter((text) => text.startsWith('FAILED\t'))) {
    const [, path, message] = line.split('\t');
    const site = sites.find((candidate) => path.startsWith(`${candidate.folder}/`))!;
    site.failed.set(relative(site.folder, path), message);
  }
}

/** Hugo stops at the first page it cannot read: that page is recorded as failed, removed, and the site built again. */
function buildHugo(site: Site): void {
  for (let attempt = 0; attempt <= HUGO_CASES.length; attempt++) {
    const run = spawnSync('hugo', ['--quiet', '--source', site.folder], { encoding: 'utf8', timeout: 120_000 });
    if (run.status === 0) return;
    const path = /"([^"]+\.md):\d+:\d+"/.exec(run.stderr)?.[1];
    assert.ok(path !== undefined && existsSync(path), `hugo failed without naming a page: ${run.stderr}`);
    site.failed.set(relative(site.folder, path), run.stderr.trim());
    unlinkSync(path);
  }
  assert.fail('hugo never built the site');
}

/** What the built page shows, as `key=value` fields: the date as Unix seconds, the layout, the title, the terms. */
function observed(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/(DATE|TITLE|TAGS|WEIGHT)=([^|<\n]*)/g)) fields[match[1].toLowerCase()] = match[2].trim().replace(/,$/, '');
  fields.layout = /LAYOUT=(\w+)/.exec(html)?.[1] ?? (/<html/i.test(html) ? 'theme' : 'none');
  return fields;
}

function verdictOf(site: Site, item: OracleCase, page: string): Verdict {
  const failure = site.failed.get(site.postPath(item));
  if (failure !== undefined) return { kind: 'fails', reason: failure };
  if (!existsSync(page)) return { kind: 'misreads', reason: 'the generator made no page of it' };
  const shown = observed(readFileSync(page, 'utf8'));
  for (const [key, meant] of Object.entries(item.means)) {
    // A value that means no date cannot be built as written: whatever the page shows, the writer's date is lost.
    if (key === 'date' && meant === null) return { kind: 'misreads', reason: `no date is meant, yet the page shows ${shown.date ?? 'nothing'}` };
    const expected = key === 'date' ? String(Date.parse(meant as string) / 1000) : meant;
    const actual = key === 'date' && (shown.date === HUGO_NO_DATE || shown.date === undefined) ? 'no date' : shown[key];
    if (actual !== expected) return { kind: 'misreads', reason: `${key} shows ${actual ?? 'nothing'}, not ${expected}` };
  }
  return { kind: 'as-written' };
}

function flagged(item: OracleCase, problem: Located): boolean {
  return item.at === undefined || problem.line === item.lines.findIndex((line) => line.startsWith(item.at!)) + 2;
}

/** The assertion every case makes: an error where the build fails, a problem on the line where it misreads, nothing where it builds as written. */
function assertAgrees(site: Site, item: OracleCase, verdict: Verdict): void {
  const problems = (site.reported.get(site.postPath(item)) ?? []).filter((problem) => problem.code !== 'front-matter/too-long');
  const shown = JSON.stringify(problems);
  if (verdict.kind === 'fails') assert.ok(problems.some((problem) => problem.severity === 'error'), `the build fails (${verdict.reason}), but Threadwright reports ${shown}`);
  else if (verdict.kind === 'misreads') assert.ok(problems.some((problem) => flagged(item, problem)), `the generator misreads it (${verdict.reason}), but Threadwright reports ${shown}`);
  else assert.deepEqual(problems, [], 'the generator builds it as written');
}

function newSite(postPath: (item: OracleCase) => string): Site {
  return { folder: mkdtempSync(join(tmpdir(), 'threadwright-oracle-')), postPath, reported: new Map(), failed: new Map() };
}

const verdicts = new Map<OracleCase, Verdict>();

suite('real Jekyll: Threadwright reports a problem exactly where jekyll build fails or misreads', () => {
  const jekyllPath = (item: OracleCase) => (item.page === true ? `${item.id}.md` : `_posts/${item.folder === undefined ? '' : `${item.folder}/`}2000-01-01-${item.id}.md`);
  const plain = newSite(jekyllPath);
  const themed = newSite(jekyllPath);
  const siteOf = (item: OracleCase) => (item.themed === true ? themed : plain);

  suiteSetup(function () {
    this.timeout(600_000);
    write(join(plain.folder, '_config.yml'), 'timezone: UTC\npermalink: /:title/\ndefaults:\n  - scope:\n      path: "_posts/defaulted"\n    values:\n      layout: post\n');
    write(join(plain.folder, '_layouts', 'post.html'), 'LAYOUT=post\n{{ content }}\n');
    write(join(themed.folder, '_config.yml'), 'timezone: UTC\npermalink: /:title/\ntheme: minima\n');
    const content = 'DATA|DATE={{ page.date | date: "%s" }}|TITLE={{ page.title }}|TAGS={{ page.tags | join: "," }}|';
    for (const item of JEKYLL_CASES) write(join(siteOf(item).folder, jekyllPath(item)), postText(item).replace('DATA', content));
    checkWithThreadwright(plain);
    checkWithThreadwright(themed);
    buildJekyll([plain, themed]);
    for (const item of JEKYLL_CASES) verdicts.set(item, verdictOf(siteOf(item), item, join(siteOf(item).folder, '_site', item.id, 'index.html')));
  });

  suiteTeardown(() => [plain, themed].forEach((site) => rmSync(site.folder, { recursive: true, force: true })));

  for (const item of JEKYLL_CASES) test(`${item.id}: ${item.lines.join(' · ')}`, () => assertAgrees(siteOf(item), item, verdicts.get(item)!));

  test('the table has cases Jekyll builds as written, misreads, and stops on', () => {
    const kinds = new Set(JEKYLL_CASES.map((item) => verdicts.get(item)!.kind));
    assert.deepEqual([...kinds].sort(), ['as-written', 'fails', 'misreads']);
  });
});

suite('real Hugo: Threadwright reports a problem exactly where hugo fails or misreads', () => {
  const hugoPath = (item: OracleCase) => `content/posts/${item.id}.md`;
  const site = newSite(hugoPath);

  suiteSetup(function () {
    this.timeout(600_000);
    write(join(site.folder, 'hugo.toml'), 'baseURL = "http://example.org/"\ntitle = "oracle"\ntimeZone = "UTC"\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404"]\n[taxonomies]\ntag = "tags"\n');
    write(join(site.folder, 'layouts', '_default', 'single.html'), 'DATE={{ .Date.Unix }}|TITLE={{ .Title }}|TAGS={{ range .GetTerms "tags" }}{{ .LinkTitle }},{{ end }}|WEIGHT={{ .Weight }}|\n');
    write(join(site.folder, 'layouts', '_default', 'list.html'), '{{ .Title }}\n');
    for (const item of HUGO_CASES) write(join(site.folder, hugoPath(item)), postText(item));
    checkWithThreadwright(site);
    buildHugo(site);
    for (const item of HUGO_CASES) verdicts.set(item, verdictOf(site, item, join(site.folder, 'public', 'posts', item.id, 'index.html')));
  });

  suiteTeardown(() => rmSync(site.folder, { recursive: true, force: true }));

  for (const item of HUGO_CASES) test(`${item.id}: ${item.lines.join(' · ')}`, () => assertAgrees(site, item, verdicts.get(item)!));

  test('the table has cases Hugo builds as written, misreads, and stops on', () => {
    const kinds = new Set(HUGO_CASES.map((item) => verdicts.get(item)!.kind));
    assert.deepEqual([...kinds].sort(), ['as-written', 'fails', 'misreads']);
  });
});
