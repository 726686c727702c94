import * as assert from 'node:assert/strict';
import matter from 'gray-matter';
import { MAX_FRONT_MATTER_LENGTH } from '../../src/core/frontMatter/read';
import { analyse, squiggles } from './frontMatterHelpers';

suite('front matter: bad input never hurts', () => {
  test('a YAML alias bomb is refused with a clear problem on its first alias, not expanded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = `---\ntitle: x\nlayout: post\n${levels.join('\n')}\n---\n`;
    const problems = squiggles(text);
    assert.deepEqual(problems, [['front-matter/syntax', '*a']]);
    assert.match(analyse(text).frontMatter.problems[0].message, /alias bomb/);
  });

  test('a 10 MB post with 10 MB of front matter is skipped with one warning', () => {
    const text = `---\ntitle: x\n${'k: v\n'.repeat(2 * 1024 * 1024)}---\n`;
    const problems = analyse(text).frontMatter.problems;
    assert.deepEqual(problems.map((problem) => [problem.code, problem.range]), [['front-matter/too-long', { start: 0, end: 3 }]]);
    assert.match(problems[0].message, new RegExp(`up to ${MAX_FRONT_MATTER_LENGTH / 1024} KB`));
  });

  test('a 10 MB unclosed block gives one unclosed problem', () => {
    assert.deepEqual(squiggles(`---\n${'x'.repeat(10 * 1024 * 1024)}`), [['front-matter/unclosed', '---']]);
  });

  test('binary junk between delimiters yields at most a few syntax problems, never a throw', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const junk = Array.from({ length: 2000 }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('');
      for (const delimiter of ['---', '+++']) {
        const problems = analyse(`${delimiter}\n${junk}\n${delimiter}\n`).frontMatter.problems;
        assert.ok(problems.length <= 25, `${problems.length} problems`);
        assert.ok(problems.every((problem) => problem.code.startsWith('front-matter/')));
      }
    }
  });

  test('deeply nested YAML and TOML give a clear problem, not a stack overflow', () => {
    const depth = 20_000;
    const yaml = `---\ntitle: x\nlayout: post\ndeep: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n`;
    const [yamlProblem] = analyse(yaml).frontMatter.problems;
    assert.equal(yamlProblem.code, 'front-matter/syntax');
    assert.equal(yamlProblem.message, 'Front matter nests too deeply to check.');
    const toml = `+++\ntitle = "x"\ndeep = ${'['.repeat(depth)}${']'.repeat(depth)}\n+++\n`;
    const [tomlProblem] = analyse(toml).frontMatter.problems;
    assert.equal(tomlProblem.code, 'front-matter/syntax');
  });

  test('gray-matter keeps no cache of the texts it reads, so memory stays flat while typing', () => {
    const cache = (matter as unknown as { cache: Record<string, unknown> }).cache;
    for (let keystroke = 0; keystroke < 200; keystroke++) analyse(`---\ntitle: draft ${keystroke}\nlayout: post\n---\n\nBody ${keystroke}\n`);
    assert.deepEqual(Object.keys(cache), []);
  });

  test('front matter that asks for JavaScript (---js) is not front matter to Threadwright and is never run', () => {
    const marker = globalThis as { threadwrightRan?: boolean };
    const text = '---js\n{ title: (globalThis.threadwrightRan = true, "x") }\n---\n';
    assert.deepEqual(squiggles(text), []);
    assert.equal(analyse(text).model.frontMatter, undefined);
    assert.equal(marker.threadwrightRan, undefined);
  });
});
