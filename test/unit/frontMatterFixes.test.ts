import * as assert from 'node:assert/strict';
import { fixAllPost } from '../../src/core/edit/fixAll';
import { fixesFor, insertFrontMatterFix, listRefactoringAt, mergeReplacements, preferredFixes } from '../../src/core/frontMatter/fixes';
import { compileUserSchema } from '../../src/core/frontMatter/schema';
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

suite('front matter quick fixes: which problems get which fix', () => {
  const fixesOf = (text: string, options: Partial<FrontMatterOptions> = {}) => {
    const analysis = analyse(text, options);
    return analysis.frontMatter.problems.map((problem) => [problem.code, fixesFor(problem, analysis.frontMatter, text, analysis.model, { now: NOW }).map((fix) => [fix.title, fix.preferred, applyReplacements(text, fix.replacements)])]);
  };

  test('the byte order mark fix is the preferred one, and there is none when the editor keeps the mark out of the text', () => {
    const text = '\uFEFF---\ntitle: x\nlayout: post\n---\n';
    assert.deepEqual(fixesOf(text), [['front-matter/bom', [['Remove the byte order mark', true, text.slice(1)]]]]);
    assert.deepEqual(fixesOf(text.slice(1), { fileHasBom: true }), [['front-matter/bom', []]]);
  });

  test('a required key gets its schema\'s first enum value or example, a boolean or number as itself, else an empty string', () => {
    const userSchema = compileUserSchema({ type: 'object', required: ['draft', 'weight', 'mood', 'subtitle'], properties: { draft: { type: 'boolean', examples: [true] }, weight: { type: 'integer', enum: [3, 4], examples: [9] }, mood: { type: 'string' }, subtitle: { enum: ['Hi there'], examples: ['x'] } } }, false);
    assert.ok(!('error' in userSchema));
    const text = '---\ntitle: t\nlayout: post\n---\n';
    const added = (line: string) => text.replace('---\n\n', '').replace(/---\n$/, `${line}\n---\n`);
    assert.deepEqual(fixesOf(text, { userSchema }), [
      ['front-matter/missing-key', [['Add `draft: true`', true, added('draft: true')]]],
      ['front-matter/missing-key', [['Add `weight: 3`', true, added('weight: 3')]]],
      ['front-matter/missing-key', [['Add `mood: ""`', true, added('mood: ""')]]],
      ['front-matter/missing-key', [['Add `subtitle: Hi there`', true, added('subtitle: Hi there')]]],
    ]);
  });

  test('Hugo\'s layout, required with no example, is "post"; a title with no heading is "Untitled"; the first heading after an intro is the title', () => {
    const userSchema = compileUserSchema({ type: 'object', required: ['layout'] }, false);
    assert.ok(!('error' in userSchema));
    assert.deepEqual(fixesOf('+++\ntitle = "t"\n+++\n', { userSchema }), [['front-matter/missing-key', [['Add `layout = "post"`', true, '+++\ntitle = "t"\nlayout = "post"\n+++\n']]]]);
    assert.equal(fixed('---\nlayout: post\n---\nNo heading here.\n', 'front-matter/missing-key').text, '---\nlayout: post\ntitle: "Untitled"\n---\nNo heading here.\n');
    assert.equal(fixed('---\nlayout: post\n---\nAn intro.\n\n## The real title\n', 'front-matter/missing-key').text, '---\nlayout: post\ntitle: "The real title"\n---\nAn intro.\n\n## The real title\n');
  });

  test('a nested required key, a value that is not a date, and a too-long title get no fix', () => {
    const userSchema = compileUserSchema({ type: 'object', properties: { params: { type: 'object', required: ['x'] }, subtitle: { type: 'string', maxLength: 5, examples: ['Hello'] }, mood: { type: 'string' } } }, false);
    assert.ok(!('error' in userSchema));
    assert.deepEqual(fixesOf('---\ntitle: t\nlayout: post\nparams: {}\nsubtitle: 08/21/2024\nmood: 5\n---\n', { userSchema }), [
      ['front-matter/missing-key', []],
      ['front-matter/invalid-value', []],
      ['front-matter/invalid-value', []],
    ]);
    assert.deepEqual(fixesOf(`---\ntitle: ${'x'.repeat(61)}\nlayout: post\n---\n`), [['front-matter/too-long', []]]);
    assert.deepEqual(fixesOf('---\n- a\n---\n').map(([code, fixes]) => [code, fixes]), [['front-matter/syntax', []]]);
  });

  test('of three copies of a key, the nearer earlier one is removed, named by its line; nested and list copies too', () => {
    const text = '---\nlayout: post\ntitle: A\ntitle: B\ntitle: C\n---\n';
    assert.deepEqual(fixesOf(text), [
      ['front-matter/duplicate-key', [['Remove the earlier `title` (line 3), keeping this one', true, text.replace('title: A\n', '')], ['Remove this duplicate `title`', false, text.replace('title: B\n', '')]]],
      ['front-matter/duplicate-key', [['Remove the earlier `title` (line 4), keeping this one', true, text.replace('title: B\n', '')], ['Remove this duplicate `title`', false, text.replace('title: C\n', '')]]],
    ]);
    const nested = '---\r\nlayout: post\r\ntitle: t\r\nparams:\r\n  a: 1\r\n  a: 2\r\nauthors:\r\n  - name: a\r\n    name: b\r\n---\r\n';
    assert.deepEqual(fixesOf(nested), [
      ['front-matter/duplicate-key', [['Remove the earlier `a` (line 5), keeping this one', true, nested.replace('  a: 1\r\n', '')], ['Remove this duplicate `a`', false, nested.replace('  a: 2\r\n', '')]]],
      ['front-matter/duplicate-key', [['Remove this duplicate `name`', false, nested.replace('    name: b\r\n', '')]]],
    ]);
    assert.deepEqual(fixesOf('---\nlayout: post\ntitle: t\nmeta: {x: 1, x: 2}\n---\n'), [['front-matter/duplicate-key', []]]);
  });

  test('fix all takes only the preferred fix of a duplicate key', () => {
    const text = '---\nlayout: post\ntitle: A\ntitle: B\n---\n';
    const analysis = analyse(text);
    assert.deepEqual(preferredFixes(analysis.frontMatter, text, analysis.model, { now: NOW }).map((fix) => fix.title), ['Remove the earlier `title` (line 3), keeping this one']);
  });

  test('the list refactoring: offered from the key\'s first character to the value\'s end, titled, not preferred', () => {
    const text = '---\ntitle: x\nlayout: post\ncategories: " news  crypto "\n---\n';
    const analysis = analyse(text);
    const at = (offset: number) => listRefactoringAt(analysis.frontMatter, offset);
    const refactoring = at(text.indexOf('categories'));
    assert.deepEqual([refactoring?.title, refactoring?.preferred], ['Turn `categories` into a list', false]);
    assert.equal(applyReplacements(text, refactoring!.replacements), '---\ntitle: x\nlayout: post\ncategories: [news, crypto]\n---\n');
    assert.ok(at(text.indexOf(' "\n---') + 2));
    assert.equal(at(text.indexOf(' "\n---') + 3), undefined);
    assert.equal(at(0), undefined);
    assert.equal(at(text.indexOf('categories') - 1), undefined);
    const hugo = '+++\ntitle = "x"\ntags = "  news crypto "\n+++\n';
    assert.equal(applyReplacements(hugo, listRefactoringAt(analyse(hugo).frontMatter, hugo.indexOf('news'))!.replacements), '+++\ntitle = "x"\ntags = ["news crypto"]\n+++\n');
    const first = '---\ncategories: news crypto\ntitle: x\n---\n';
    assert.equal(listRefactoringAt(analyse(first).frontMatter, 1), undefined, 'on the opening line');
    const list = '---\ntitle: x\ntags: [a, b]\n---\n';
    assert.equal(listRefactoringAt(analyse(list).frontMatter, list.indexOf('a,')), undefined);
    for (const other of ['---\n- a\n---\n', '# No front matter\n', '---\n---\n']) assert.equal(listRefactoringAt(analyse(other).frontMatter, 5), undefined, other);
  });

  test('a new front matter block goes after a byte order mark, titled for the generator, not preferred', () => {
    const text = '\uFEFFIntro.\n\n# Hello\n';
    const analysis = analyse(text);
    const fix = insertFrontMatterFix(analysis.frontMatter, text, analysis.model, { now: NOW })!;
    assert.deepEqual([fix.title, fix.preferred], ['Insert Jekyll front matter', false]);
    assert.equal(applyReplacements(text, fix.replacements), `\uFEFF---\ntitle: "Hello"\nlayout: post\ndate: ${JEKYLL_NOW}\n---\n\nIntro.\n\n# Hello\n`);
    const hugo = analyse(text, { preset: 'hugo' });
    assert.equal(insertFrontMatterFix(hugo.frontMatter, text, hugo.model, { now: NOW })?.title, 'Insert Hugo front matter');
  });
});

suite('merging replacements into one edit', () => {
  test('ordered by start, then end; insertions at one offset joined; overlaps and repeats dropped; touching ones kept', () => {
    const insert = (at: number, text: string) => ({ range: { start: at, end: at }, text });
    const replace = (start: number, end: number, text: string) => ({ range: { start, end }, text });
    assert.deepEqual(mergeReplacements([replace(5, 8, 'x'), insert(5, 'a')]), [insert(5, 'a'), replace(5, 8, 'x')]);
    assert.deepEqual(mergeReplacements([insert(5, 'a'), replace(5, 8, 'x')]), [insert(5, 'a'), replace(5, 8, 'x')]);
    assert.deepEqual(mergeReplacements([insert(7, 'b'), insert(2, 'a'), insert(2, 'c'), insert(2, 'a')]), [insert(2, 'ac'), insert(7, 'b')]);
    assert.deepEqual(mergeReplacements([replace(0, 3, 'x'), replace(0, 3, 'y'), replace(2, 4, 'z'), replace(3, 5, 'w')]), [replace(0, 3, 'x'), replace(3, 5, 'w')]);
  });
});
