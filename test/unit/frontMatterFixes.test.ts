import * as assert from 'node:assert/strict';
import { fixAllPost } from '../../src/core/edit/fixAll';
import { fixesFor, insertFrontMatterFix, listRefactoringAt } from '../../src/core/frontMatter/fixes';
import type { FrontMatterOptions } from '../../src/core/frontMatter/check';
import { analyse, applyReplacements, squiggles } from './frontMatterHelpers';

// 21 August 2024, 10:05:09 on the machine's clock; expected texts are built from the same clock readings.
const NOW = new Date(2024, 7, 21, 10, 5, 9);
const two = (value: number) => String(value).padStart(2, '0');
const offset = -NOW.getTimezoneOffset();
const sign = offset < 0 ? '-' : '+';
const JEKYLL_NOW = `2024-08-21 10:05:09 ${sign}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
const HUGO_NOW = `2024-08-21T10:05:09${offset === 0 ? 'Z' : `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`}`;

function fixed(text: string, code: string, options: Partial<FrontMatterOptions> = {}, pick = 0): { title: string; text: string } {
  const analysis = analyse(text, options);
  const problem = analysis.frontMatter.problems.find((candidate) => candidate.code === code);
  assert.ok(problem, `a ${code} problem`);
  const fix = fixesFor(problem, analysis.frontMatter, text, analysis.model, { now: NOW })[pick];
  assert.ok(fix, `a fix for ${code}`);
  return { title: fix.title, text: applyReplacements(text, fix.replacements) };
}

suite('front matter quick fixes', () => {
  test('a missing title is added from the first heading, before the closing line', () => {
    const text = '---\nlayout: post\n---\n\n# Miners turn to AI\n\nBody\n';
    const result = fixed(text, 'front-matter/missing-key');
    assert.equal(result.text, '---\nlayout: post\ntitle: "Miners turn to AI"\n---\n\n# Miners turn to AI\n\nBody\n');
    assert.equal(result.title, 'Add `title: "Miners turn to AI"`');
    assert.deepEqual(squiggles(result.text), []);
  });

  test('a missing date required by a user schema is today in the preset\'s format, in YAML and TOML', async () => {
    const { compileUserSchema } = await import('../../src/core/frontMatter/schema');
    const userSchema = compileUserSchema({ type: 'object', required: ['date'] }, false);
    assert.ok(!('error' in userSchema));
    assert.equal(fixed('---\ntitle: x\nlayout: post\n---\n', 'front-matter/missing-key', { userSchema }).text, `---\ntitle: x\nlayout: post\ndate: ${JEKYLL_NOW}\n---\n`);
    assert.equal(fixed('+++\ntitle = "x"\n\n[params]\na = 1\n+++\n', 'front-matter/missing-key', { userSchema }).text, `+++\ntitle = "x"\n\ndate = ${HUGO_NOW}\n[params]\na = 1\n+++\n`);
  });

  test('a date in another format is rewritten in the preset\'s format, keeping its time and offset', () => {
    assert.equal(fixed('---\ntitle: x\nlayout: post\ndate: 08/21/2024 10:00 +0100\n---\n', 'front-matter/invalid-value').text, '---\ntitle: x\nlayout: post\ndate: 2024-08-21 10:00:00 +0100\n---\n');
    const hugo = fixed('+++\ntitle = "x"\ndate = "August 21, 2024 10:00 +0100"\n+++\n', 'front-matter/invalid-value');
    assert.equal(hugo.text, '+++\ntitle = "x"\ndate = 2024-08-21T10:00:00+01:00\n+++\n');
    assert.equal(hugo.title, 'Rewrite the date as 2024-08-21T10:00:00+01:00');
    assert.deepEqual(squiggles(hugo.text), []);
  });

  test('a date read only in part gets no rewrite: "1 Junk 2024" and "Decoy 3, 2024" are not June and December', () => {
    for (const date of ['1 Junk 2024', 'Decoy 3, 2024', '2024-02-30']) {
      const text = `---\ntitle: x\nlayout: post\ndate: ${date}\n---\n`;
      const analysis = analyse(text);
      const [problem] = analysis.frontMatter.problems;
      assert.equal(problem.code, 'front-matter/invalid-value', date);
      assert.deepEqual(fixesFor(problem, analysis.frontMatter, text, analysis.model, { now: NOW }), [], date);
      assert.deepEqual(fixAllPost(analysis, text, { now: NOW }).replacements, [], date);
    }
  });

  test('categories as a string becomes a list of the same terms: Jekyll\'s words, Hugo\'s one term', () => {
    const hugoText = '+++\ntitle = "x"\ncategories = "news crypto"\n+++\n';
    const hugo = analyse(hugoText);
    assert.equal(applyReplacements(hugoText, listRefactoringAt(hugo.frontMatter, hugoText.indexOf('crypto'))!.replacements), '+++\ntitle = "x"\ncategories = ["news crypto"]\n+++\n');
    const jekyll = '---\ntitle: x\nlayout: post\ncategories: news crypto\n---\n';
    const analysis = analyse(jekyll);
    const refactoring = listRefactoringAt(analysis.frontMatter, jekyll.indexOf('crypto'));
    assert.equal(applyReplacements(jekyll, refactoring!.replacements), '---\ntitle: x\nlayout: post\ncategories: [news, crypto]\n---\n');
    assert.equal(listRefactoringAt(analysis.frontMatter, jekyll.indexOf('layout')), undefined);
  });

  test('a duplicate key: the preferred fix removes the earlier one (the value the site shows stays); the other removes this one', () => {
    const text = '---\ntitle: One\nlayout: post\ntitle: Two # newer\n---\n';
    assert.equal(fixed(text, 'front-matter/duplicate-key', {}, 0).text, '---\nlayout: post\ntitle: Two # newer\n---\n');
    assert.equal(fixed(text, 'front-matter/duplicate-key', {}, 1).text, '---\ntitle: One\nlayout: post\n---\n');
    const toml = '+++\ntitle = "One"\ntags = [\n  "a",\n]\ntags = ["b"]\n+++\n';
    assert.equal(fixed(toml, 'front-matter/duplicate-key').text, '+++\ntitle = "One"\ntags = ["b"]\n+++\n');
  });

  test('a byte order mark in the text is removed', () => {
    assert.equal(fixed('\uFEFF---\ntitle: x\nlayout: post\n---\n', 'front-matter/bom').text, '---\ntitle: x\nlayout: post\n---\n');
  });

  test('a post without front matter gets a block with the required keys and a date, in the document\'s line breaks', () => {
    const text = '# Hello world\r\n\r\nBody\r\n';
    const analysis = analyse(text);
    const fix = insertFrontMatterFix(analysis.frontMatter, text, analysis.model, { now: NOW })!;
    assert.equal(applyReplacements(text, fix.replacements), `---\r\ntitle: "Hello world"\r\nlayout: post\r\ndate: ${JEKYLL_NOW}\r\n---\r\n\r\n# Hello world\r\n\r\nBody\r\n`);
    assert.equal(insertFrontMatterFix(analyse('---\ntitle: x\n---\n').frontMatter, '---\ntitle: x\n---\n', analyse('---\ntitle: x\n---\n').model, { now: NOW }), undefined);
    const hugo = analyse(text, { preset: 'hugo' });
    assert.equal(applyReplacements(text, insertFrontMatterFix(hugo.frontMatter, text, hugo.model, { now: NOW })!.replacements).split('\r\n').slice(0, 4).join('\n'), `+++\ntitle = "Hello world"\ndate = ${HUGO_NOW}\n+++`);
  });

  test('fix all applies every preferred fix in one set of non-overlapping edits, leaving no fixable problem', () => {
    const text = '---\ndate: 21/08/2024\ncategories: [a]\ndate: 08/22/2024\n---\n\n# Title here\n';
    const analysis = analyse(text);
    const result = applyReplacements(text, fixAllPost(analysis, text, { now: NOW }).replacements);
    assert.equal(result, '---\ncategories: [a]\ndate: 2024-08-22\ntitle: "Title here"\nlayout: post\n---\n\n# Title here\n');
    assert.deepEqual(squiggles(result), []);
  });
});
