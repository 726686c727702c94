import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { convertToThread } from '../../src/core/convert/convertToThread';
import { NUMBERING_STYLES, type NumberingStyle } from '../../src/core/config/numberingStyles';
import { xProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, parsePost } from '../../src/core/post/postModel';
import { applyReplacements } from '../../src/core/edit/splitJoin';

const { parseTweet } = twitterText;

// Fixed seed: the same cases every run, so a failure is reproducible and the suite stays fast.
const RUNS = { seed: 20261124, numRuns: 50 };

/** A piece of Markdown and the words a reader must find for it in the thread, in order. */
interface Piece {
  markdown: string;
  words: string[];
  urls: string[];
}

const piece = (markdown: string, words: string[] = [markdown], urls: string[] = []): Piece => ({ markdown, words, urls });
const concat = (pieces: readonly Piece[], separator: string): Piece => ({
  markdown: pieces.map((part) => part.markdown).join(separator),
  words: pieces.flatMap((part) => part.words),
  urls: pieces.flatMap((part) => part.urls),
});

const plainWord = fc.stringMatching(/^[a-z]{1,10}$/);
const url = fc.tuple(fc.stringMatching(/^[a-z]{3,10}$/), fc.stringMatching(/^[a-z0-9/-]{0,400}$/))
  .map(([host, path]) => `https://${host}.com/${path}`);

const word: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 12, arbitrary: plainWord.map((text) => piece(text)) },
  { weight: 2, arbitrary: fc.integer({ min: 1000, max: 9_999_999 }).map((amount) => piece(`$${amount.toLocaleString('en-US')}`)) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(99), fc.nat(9)).map(([whole, tenth]) => piece(`${whole}.${tenth}%`)) },
  { weight: 1, arbitrary: plainWord.map((text) => piece(`#${text}`)) },
  { weight: 1, arbitrary: plainWord.map((text) => piece(`@${text}`)) },
  { weight: 2, arbitrary: url.map((address) => piece(address, [address], [address])) },
  { weight: 1, arbitrary: fc.constantFrom('👩‍👩‍👧‍👦', '👍🏽', '🏳️‍🌈', '🇯🇵', '😀').map((emoji) => piece(emoji)) },
  { weight: 2, arbitrary: fc.tuple(plainWord, fc.constantFrom('*', '**', '`', '~~')).map(([text, mark]) => piece(`${mark}${text}${mark}`, [text])) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.array(plainWord, { minLength: 1, maxLength: 3 }), url)
      .map(([text, address]) => piece(`[${text.join(' ')}](${address})`, [...text, address], [address])),
  },
  { weight: 1, arbitrary: plainWord.map((text) => piece(`<b>${text}</b>`, [text])) },
  { weight: 1, arbitrary: fc.constant(piece('&amp;', ['&'])) },
  { weight: 1, arbitrary: fc.constant(piece('![a chart](chart.png)', [])) },
);

/** Starts with a plain word, so no line opens a Markdown block by accident, and ends with a full stop. */
const sentence = fc.tuple(plainWord, fc.array(word, { maxLength: 14 })).map(([first, rest]) => {
  const joined = concat([piece(first), ...rest], ' ');
  const words = rest.at(-1)?.words.length === 0 ? [...joined.words, '.'] : [...joined.words.slice(0, -1), `${joined.words.at(-1)}.`];
  return { markdown: `${joined.markdown}.`, words, urls: joined.urls };
});

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => concat(sentences, ' '));
const list = fc.array(sentence, { minLength: 1, maxLength: 8 })
  .map((items) => concat(items.map((item) => ({ ...item, markdown: `- ${item.markdown}`, words: ['-', ...item.words] })), '\n'));

interface Section extends Piece {
  heading?: string;
}

const section: fc.Arbitrary<Section> = fc.tuple(
  fc.integer({ min: 1, max: 3 }),
  fc.array(plainWord, { minLength: 1, maxLength: 4 }),
  fc.array(fc.oneof(paragraph, list), { minLength: 1, maxLength: 3 }),
).map(([level, headingWords, blocks]) => {
  const heading = headingWords.join(' ');
  const body = concat(blocks, '\n\n');
  return { heading, markdown: `${'#'.repeat(level)} ${heading}\n\n${body.markdown}`, words: [...headingWords, ...body.words], urls: body.urls };
});

const post = fc.record({
  title: fc.option(fc.array(plainWord, { minLength: 1, maxLength: 6 }).map((words) => words.join(' ')), { nil: undefined }),
  intro: fc.option(paragraph, { nil: undefined }),
  sections: fc.array(section, { minLength: 1, maxLength: 4 }),
  numbering: fc.constantFrom<NumberingStyle>(...NUMBERING_STYLES),
});

type GeneratedPost = typeof post extends fc.Arbitrary<infer T> ? T : never;

function markdownOf({ title, intro, sections }: GeneratedPost): string {
  const frontMatter = title === undefined ? '' : `---\nlayout: post\ntitle: "${title}"\n---\n\n`;
  return `${frontMatter}${[...(intro === undefined ? [] : [intro]), ...sections].map((part) => part.markdown).join('\n\n')}\n`;
}

/** The post's text without its label, for each numbering style. */
function unlabelled(text: string, index: number, total: number, style: NumberingStyle): string {
  const label = `${index + 1}/${total}`;
  const forms: Record<NumberingStyle, [string, string]> = { prefix: [`${label} `, ''], suffix: ['', ` ${label}`], parens: ['', ` (${label})`], none: ['', ''] };
  const [before, after] = forms[style];
  assert.ok(text.startsWith(before) && text.endsWith(after), `post ${label} carries its label in the ${style} style: ${JSON.stringify(text.slice(0, 12))}…${JSON.stringify(text.slice(-12))}`);
  return text.slice(before.length, text.length - after.length);
}

const wordsOf = (text: string) => text.split(/\s+/).filter((part) => part !== '');

suite('convert: properties over generated posts', () => {
  test('every post fits X by parseTweet, none is flagged, and the labels run 1..N with the right total', () => {
    fc.assert(fc.property(post, (generated) => {
      const { posts, flaggedPosts } = convertToThread(markdownOf(generated), { profile: xProfile, numbering: generated.numbering, threadsHeadings: DEFAULT_THREADS_HEADINGS });
      assert.ok(posts.length > 0);
      posts.forEach((text, index) => {
        assert.ok(parseTweet(text).weightedLength <= 280, `post ${index + 1} is ${parseTweet(text).weightedLength}`);
        unlabelled(text, index, posts.length, generated.numbering);
      });
      assert.deepEqual(flaggedPosts, []);
    }), RUNS);
  });

  test('the words of the sections appear in the thread in order, none lost and none added besides the labels and the hook', () => {
    fc.assert(fc.property(post, (generated) => {
      const { posts } = convertToThread(markdownOf(generated), { profile: xProfile, numbering: generated.numbering, threadsHeadings: DEFAULT_THREADS_HEADINGS });
      const bodies = posts.map((text, index) => unlabelled(text, index, posts.length, generated.numbering));
      const title = generated.title ?? generated.sections[0].heading;
      const firstLine = generated.intro === undefined ? generated.sections[0].heading : undefined;
      if (firstLine !== title && bodies[0] === title) {
        bodies.shift(); // The hook stands alone when the first sentence does not fit after it.
      } else if (firstLine !== title) {
        assert.ok(bodies[0].startsWith(`${title}\n`), 'post 1 opens with the title as its hook');
        bodies[0] = bodies[0].slice(title!.length + 1);
      }
      const expected = [...(generated.intro?.words ?? []), ...generated.sections.flatMap((part) => part.words)];
      assert.deepEqual(bodies.flatMap(wordsOf), expected);
      for (const part of generated.sections) {
        assert.ok(bodies.some((text) => text.split('\n').includes(part.heading!)), `the heading "${part.heading}" is a line of its own`);
      }
    }), RUNS);
  });

  test('a URL is never split: each one is whole inside a single post', () => {
    fc.assert(fc.property(post, (generated) => {
      const { posts } = convertToThread(markdownOf(generated), { profile: xProfile, numbering: generated.numbering, threadsHeadings: DEFAULT_THREADS_HEADINGS });
      const urls = [...(generated.intro?.urls ?? []), ...generated.sections.flatMap((part) => part.urls)];
      for (const address of urls) assert.ok(posts.some((text) => text.includes(address)), `${address} is whole in one post`);
    }), RUNS);
  });

  test('any text, junk included, with any selection, converts without throwing; exactly the posts over the limit are flagged', () => {
    const junk = fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: fc.constantFrom('a', ' ', '.', '#', '\n', '-', '日', '👍🏽', '/', ':'), maxLength: 2000 }));
    fc.assert(fc.property(junk, fc.nat(), fc.nat(), (text, a, b) => {
      const selection = { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) };
      const { posts, flaggedPosts } = convertToThread(text, { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS, selection });
      const over = posts.flatMap((one, index) => (parseTweet(one).weightedLength > 280 ? [index] : []));
      assert.deepEqual(flaggedPosts, over);
    }), RUNS);
  });

  test('the inserted thread reads back as the same posts, after the post’s own text', () => {
    fc.assert(fc.property(post, (generated) => {
      const text = markdownOf(generated);
      const { posts, insertion, title } = convertToThread(text, { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS });
      const after = applyReplacements(text, [insertion]);
      assert.ok(after.startsWith(text.trimEnd()));
      const threads = parsePost(after).threadsBlock!.threads;
      assert.equal(threads.length, 1);
      assert.equal(threads[0].title, title);
      assert.deepEqual(threads[0].posts.map((one) => one.text), posts);
    }), RUNS);
  });
});
