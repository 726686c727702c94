import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { ROOT, runCli } from './cliRun';

// Five public Jekyll and Hugo sites, posts and configs byte for byte (test/fixtures/corpus/README.md).
// Every post there builds, so `threadwright check .` with no flags must exit 0 on each site, and every
// problem it still prints must be true: the only ones left are titles and descriptions longer than search results show.
const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
/** Each site, with how many titles and descriptions of its posts are longer than search results show (counted by hand). */
const SITES: Record<string, number> = {
  'apple__swift-org-website': 7,
  'elixir-lang__elixir-lang.github.com': 8,
  'kedacore__keda-docs': 4,
  'linkerd__website': 28,
  'twbs__blog': 0,
};

/**
 * Problems verified by hand as real, by site: none. (Checked: swift-org's `date: 2016-1-29` and `9:00:00`
 * dates, elixir-lang's `category:`/`tags:` strings and `defaults:` layouts, twbs/blog's quoted RFC 3339 dates
 * and `src/` mounts, linkerd's split config and bundle images all build as written.)
 */
const REAL_PROBLEMS: Record<string, string[]> = {};

/** The lengths search results show (post-format.md), by key. */
const LIMITS: Record<string, number> = { title: 60, description: 160 };
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt));/gi;

/** A title or description as a reader sees it, read from the post independently of Threadwright's front matter reader. */
function shownText(path: string, key: string): string {
  const text = readFileSync(path, 'utf8');
  const [, delimiter, block] = /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1/.exec(text)!;
  const data = (delimiter === '+++' ? parseToml(block) : parseYaml(block)) as Record<string, string>;
  const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>' };
  return data[key].replace(ENTITY, (_, decimal?: string, hex?: string, name?: string) =>
    name !== undefined ? named[name.toLowerCase()] : String.fromCodePoint(decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)));
}

suite('threadwright check on five real sites (no flags): no false alarms', () => {
  for (const [site, longTitles] of Object.entries(SITES)) {
    test(`${site}: exit 0, and every problem left is a true one`, () => {
      const folder = join(CORPUS, site);
      const run = runCli(['check', '.'], { cwd: folder });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      const lines = run.stdout.split('\n').filter((line) => line !== '');
      const unexplained: string[] = [];
      let tooLong = 0;
      for (const line of lines) {
        const match = /^(\S+):(\d+):(\d+) {2}(\w+) {2}(\S+) {2}(.*)$/.exec(line);
        assert.ok(match !== null, `not a problem line: ${line}`);
        const [, path, , , severity, code, message] = match;
        assert.ok(!path.startsWith('./'), `paths print as the writer names them: ${path}`);
        const key = /^`(title|description)` is/.exec(message)?.[1];
        if (code === 'front-matter/too-long' && severity === 'warning' && key !== undefined) {
          const length = [...shownText(join(folder, path), key)].length;
          assert.ok(length > LIMITS[key], `${path}: the ${key} is ${length} characters`);
          assert.ok(message.startsWith(`\`${key}\` is ${length} characters;`) && message.endsWith(` ${LIMITS[key]}.`), `${path}: ${message}`);
          tooLong++;
        } else if (!(REAL_PROBLEMS[site] ?? []).includes(`${path} ${code}`)) {
          unexplained.push(line);
        }
      }
      assert.deepEqual(unexplained, [], 'problems not verified as real');
      assert.equal(tooLong, longTitles, 'style advice on each long title and description');
    });
  }
});
