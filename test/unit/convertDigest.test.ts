import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import twitterText from 'twitter-text';
import { convertToThread, type ConvertOptions } from '../../src/core/convert/convertToThread';
import { findFigures, findFiguresNotInBody } from '../../src/core/checks/figures';
import { xProfile } from '../../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS, parsePost } from '../../src/core/post/postModel';
import { applyReplacements } from '../../src/core/edit/splitJoin';
import { EXAMPLE_POST } from './examplePost';

const { parseTweet } = twitterText;
const TITLE = 'Financial Pressures Drive Bitcoin Miners to AI: Exploring the Shift to Sustainable Alternatives';
const CORPUS = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const RUNS = { seed: 20261201, numRuns: 40 };

function digest(text: string, extra: Partial<ConvertOptions> = {}) {
  return convertToThread(text, { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS, mode: 'digest', ...extra });
}

/** The post with the thread inserted, as the command leaves it. */
function withThread(text: string, thread: ReturnType<typeof digest>): string {
  return applyReplacements(text, [thread.insertion]);
}

/** Each `#` part of the example's body, as its text. */
function topLevelParts(text: string): string[] {
  const body = text.slice(0, text.indexOf('## Twitter threads:'));
  return body.split(/^# /m).slice(1);
}

function postsOf(file: string): string[] {
  return readdirSync(file).flatMap((name) => {
    const path = join(file, name);
    if (statSync(path).isDirectory()) return postsOf(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

suite('convert: digest', () => {
  // Computed in each test's own setup rather than when the file loads, so mutation testing knows which tests read it.
  let thread: ReturnType<typeof digest>;
  let bodies: string[];
  setup(() => {
    thread = digest(EXAMPLE_POST);
    bodies = thread.posts.map((post) => post.replace(/^\d+\/\d+ /, ''));
  });

  test('the example post gives 8–12 posts, each fitting X with its label', () => {
    assert.ok(thread.posts.length >= 8 && thread.posts.length <= 12, `${thread.posts.length} posts`);
    thread.posts.forEach((post, index) => {
      assert.ok(post.startsWith(`${index + 1}/${thread.posts.length} `), post);
      assert.ok(parseTweet(post).weightedLength <= 280, `${parseTweet(post).weightedLength}: ${post}`);
    });
    assert.deepEqual(thread.notes, []);
  });

  test('post 1 is the hook: the title, one post; the last post carries the closing line', () => {
    assert.ok(bodies[0].startsWith(TITLE), bodies[0]);
    assert.ok(!bodies.slice(1).some((body) => body.includes(TITLE)));
    assert.ok(bodies.at(-1)!.endsWith('Download your Koii node today.'), bodies.at(-1));
  });

  test('every # part of the body is represented by a sentence of its own', () => {
    for (const part of topLevelParts(EXAMPLE_POST)) {
      const flat = part.replace(/\*\*/g, '').replace(/\s+/g, ' ');
      const represented = bodies.some((body) => body.split('\n').some((line) => line.length > 30 && flat.includes(line.replace(/^- /, '').slice(0, 60))));
      assert.ok(represented, `part "${part.slice(0, 40)}" has a sentence in the digest`);
    }
  });

  test('no figure drifts: the figure check finds nothing in the inserted digest', () => {
    const after = withThread(EXAMPLE_POST, thread);
    const model = parsePost(after);
    assert.equal(model.threadsBlock!.threads.length, 4);
    assert.deepEqual(findFiguresNotInBody(model, after).filter((problem) => problem.range.start >= EXAMPLE_POST.trimEnd().length), []);
    assert.ok(bodies.some((body) => body.includes('$53,000')), 'a figure is quoted, as written');
  });

  test('whole sentences only: every line ends at a sentence end, or is a heading or a list item', () => {
    const headings = [...EXAMPLE_POST.matchAll(/^#+ (.*?):?$/gm)].map((match) => match[1]);
    for (const body of bodies) {
      for (const line of body.split('\n')) {
        if (line === TITLE || headings.includes(line) || line.startsWith('- ')) continue;
        assert.match(line, /[.!?]["”’)]?$/, line);
      }
      assert.ok(!body.split('\n').some((line) => line.endsWith(':')), `no heading keeps its colon: ${body}`);
    }
  });

  test('every post between the hook and the closing opens with the heading of the part or subsection it draws on, without its colon', () => {
    const headings = new Set([...EXAMPLE_POST.slice(0, EXAMPLE_POST.indexOf('## Twitter threads:')).matchAll(/^#+ (.+?):?$/gm)].map((match) => match[1]));
    bodies.slice(1, -1).forEach((body) => assert.ok(headings.has(body.split('\n')[0]), `opens with a heading: ${body}`));
  });

  test('the target bounds the thread: 6 posts asked, at most 6 made, still hook first and closing line last', () => {
    const short = digest(EXAMPLE_POST, { targetPosts: 6 });
    assert.ok(short.posts.length <= 6 && short.posts.length >= 3, `${short.posts.length}`);
    assert.ok(short.posts[0].startsWith(`1/${short.posts.length} ${TITLE}`));
    assert.ok(short.posts.at(-1)!.endsWith('Download your Koii node today.'));
  });

  test('a weak title gives way to the intro’s strongest sentence as the hook', () => {
    const text = '---\ntitle: Update\n---\n\nWe rebuilt the sync engine from scratch this spring. It now syncs 40% faster on slow networks.\n\n## Speed\n\nUploads start at once. Large files resume after a dropped connection.\n\n## Cost\n\nThe new engine halves our server bill.\n';
    const posts = digest(text).posts;
    assert.ok(!posts[0].includes('Update'), posts[0]);
    assert.match(posts[0], /^1\/\d+ (We rebuilt the sync engine from scratch this spring\.|It now syncs 40% faster on slow networks\.)$/);
  });

  test('a long list of lead phrases is condensed to them when that says more', () => {
    const items = ['Faster sync', 'Smaller bills', 'Offline edits', 'Shared folders'].map((lead) => `- **${lead}:** ${'Long explanation of this point that goes on and on about it. '.repeat(3)}`).join('\n');
    const posts = digest(`# Release notes for the spring\n\nIntro text of the release that says what it is about.\n\n## What changed\n\n${items}\n`).posts;
    assert.ok(posts.some((post) => post.includes('- Faster sync\n- Smaller bills\n- Offline edits\n- Shared folders')), posts.join('\n\n'));
  });

  test('a post with no body has nothing to convert: no posts at all', () => {
    assert.deepEqual(digest('---\ntitle: "Only a title"\n---\n').posts, []);
    assert.deepEqual(convertToThread('---\ntitle: "Only a title"\n---\n\n', { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS, mode: 'full' }).posts, []);
  });
});

suite('convert: real posts (test/fixtures/corpus)', () => {
  test('twbs blog (Hugo): shortcodes such as {{< param "main" >}} never reach the thread, and links around them keep their text', () => {
    const text = readFileSync(join(CORPUS, 'twbs__blog', 'src', 'content', 'posts', '2019', 'bootstrap-4-3-0.md'), 'utf8');
    for (const mode of ['digest', 'full'] as const) {
      const thread = digest(text, { mode });
      assert.ok(thread.posts.length > 0);
      const joined = thread.posts.join('\n');
      assert.ok(!/\{\{|\}\}|\{%|%\}/.test(joined), joined.slice(0, 400));
    }
    assert.ok(digest(text, { mode: 'full' }).posts.join('\n').includes('Head to to the v4.3.x docs to see the latest in action.'));
  });

  test('every corpus post: no template tag, shortcode or link definition in any post, and every post fits', function () {
    this.timeout(120_000);
    for (const path of postsOf(CORPUS)) {
      const thread = digest(readFileSync(path, 'utf8'));
      for (const post of thread.posts) {
        assert.ok(!/\{\{[<%]|[>%]\}\}|\{%|%\}/.test(post), `${path}: ${post}`);
        assert.ok(!/^\[[^\]]+\]: \S/m.test(post), `${path}: ${post}`);
        if (!thread.flaggedPosts.length) assert.ok(parseTweet(post).weightedLength <= 280, `${path}: ${post}`);
      }
    }
  });

  test('Liquid tags (post_url, include, figure blocks, comments) and a link definition right after a paragraph never become text', () => {
    const text = [
      '---', 'title: "Liquid in a Jekyll post"', '---', '',
      'See {% post_url 2024-01-01-hello %} for the back story. {% include note.html %}',
      '{% figure caption:"A chart" %}', '![chart](/c.png)', '{% endfigure %}', '',
      '{% comment %}', 'Remember to add the benchmark table here.', '{% endcomment %}', '',
      'Read [the docs][docs] first.', '[docs]: https://docs.example/guide', '',
    ].join('\n');
    const joined = digest(text, { mode: 'full' }).posts.join('\n');
    assert.ok(!/\{%|%\}|post_url|include|endfigure|Remember|\[docs\]:/.test(joined), joined);
    assert.ok(joined.includes('See for the back story.'), joined);
    assert.ok(joined.includes('Read the docs https://docs.example/guide first.'), joined);
  });
});

// Generated posts: parts and subsections of sentences carrying figures, for any target.
const word = fc.stringMatching(/^[a-z]{2,9}$/);
const figure = fc.oneof(
  fc.integer({ min: 1000, max: 999_999 }).map((amount) => `$${amount.toLocaleString('en-US')}`),
  fc.tuple(fc.nat(99), fc.nat(9)).map(([whole, tenth]) => `${whole}.${tenth}%`),
);
const sentence = fc.tuple(word, fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: figure }), { minLength: 2, maxLength: 40 }))
  .map(([first, rest]) => `${first[0].toUpperCase()}${first.slice(1)} ${rest.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((sentences) => sentences.join(' '));
const list = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((items) => items.map((item) => `- ${item}`).join('\n'));
const section = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(fc.oneof(paragraph, list), { minLength: 0, maxLength: 3 }))
  .map(([level, heading, blocks]) => [`${'#'.repeat(level)} ${heading.join(' ')}`, ...blocks].join('\n\n'));
const post = fc.tuple(fc.array(word, { minLength: 1, maxLength: 10 }), fc.array(section, { minLength: 1, maxLength: 14 }))
  .map(([title, sections]) => `---\ntitle: "${title.join(' ')}"\n---\n\n${sections.join('\n\n')}\n`);

suite('convert: digest properties', () => {
  test('never more posts than the target unless it says why; every post fits; every figure in the thread is in the body', () => {
    fc.assert(fc.property(post, fc.integer({ min: 1, max: 15 }), (text, targetPosts) => {
      const thread = digest(text, { targetPosts });
      if (thread.notes.length === 0) assert.ok(thread.posts.length <= targetPosts, `${thread.posts.length} > ${targetPosts}`);
      for (const posted of thread.posts) assert.ok(parseTweet(posted).weightedLength <= 280, posted);
      const bodyFigures = new Set(findFigures(text, { start: 0, end: text.length }).map((found) => found.text));
      for (const posted of thread.posts) {
        for (const found of findFigures(posted, { start: 0, end: posted.length })) {
          if (!/^\d+\/\d+$/.test(found.text)) assert.ok(bodyFigures.has(found.text), `${found.text} is in the body`);
        }
      }
    }), RUNS);
  });
});
