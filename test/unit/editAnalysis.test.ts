import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { generatePost } from '../../bench/generatePost';
import { analysePost, type PostAnalysisResult } from '../../src/core/checks/analysis';
import { FigureCache, findFigures, type Figure } from '../../src/core/checks/figures';
import { PlatformCounts } from '../../src/core/count/countCache';
import { updatePostModelInPlace, type TextChange } from '../../src/core/post/incremental';
import { DEFAULT_THREADS_HEADINGS, parsePost, type ThreadPost } from '../../src/core/post/postModel';
import { EXAMPLE_POST } from './examplePost';

const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };
// Fixed seed: the same cases every run, so a failure is reproducible.
const SEED = 20261201;

/** A document as the editor follows it: the model updated in place when it can be, the last analysis' caches reused. */
class TypingSession {
  readonly counts = new PlatformCounts(['x']);
  analysis: PostAnalysisResult;

  constructor(public text: string, figures = new FigureCache()) {
    this.analysis = analysePost(text, OPTIONS, this.counts, undefined, figures);
  }

  /** Applies one edit and analyses the result; true when the model was updated in place rather than parsed again. */
  type(change: TextChange): boolean {
    this.text = this.text.slice(0, change.start) + change.text + this.text.slice(change.end);
    const inPlace = updatePostModelInPlace(this.analysis.model, (start, end) => this.text.slice(start, end), change);
    this.analysis = analysePost(this.text, OPTIONS, this.counts, inPlace ?? parsePost(this.text, OPTIONS), this.analysis.figures);
    return inPlace !== undefined;
  }

  posts(): ThreadPost[] {
    return (this.analysis.model.threadsBlock?.threads ?? []).flatMap((thread) => thread.posts);
  }
}

function freshProblems(text: string) {
  return analysePost(text, OPTIONS, new PlatformCounts(['x'])).problems;
}

/** A finder that records each text it reads, so a test sees what an analysis read for figures again. */
function recordingFinder() {
  const read: string[] = [];
  const find = (text: string): Figure[] => (read.push(text), findFigures(text, { start: 0, end: text.length }));
  return { read, figures: new FigureCache(find) };
}

const SECTION_START = '## Surging Energy Costs:\n\n';
const TYPED_FIGURE = 'Mining one coin costs $34,900. ';

/** Types a sentence with a figure at the start of the "Surging Energy Costs" section's text. */
function typeFigureIntoSection(session: TypingSession): void {
  const start = session.text.indexOf(SECTION_START) + SECTION_START.length;
  session.type({ start, end: start, text: TYPED_FIGURE });
}

/** True when the figure finder read one text since `read` was cleared: that section, with the sentence typed. */
function readOnlyThatSection(read: readonly string[]): boolean {
  return read.length === 1 && read[0].startsWith(SECTION_START + TYPED_FIGURE);
}

// What writers type near figures: digits, separators, currency and percent signs, units, whole figures, line breaks.
const typed = fc.oneof(
  fc.constantFrom('', 'x', '5', '0', ',', '.', '$', '€', '%', ' ', 'k', 'M', '000', ' million', '$34,900', '72,225', '60%', '90,000', '\n', '\r\n', '## H', '1/2 '),
  fc.string({ maxLength: 3 }),
);

/** An edit inside a random post (after its label) or anywhere in the document, of what a writer types. */
function arbitraryEdit() {
  return fc.record({ inPost: fc.boolean(), post: fc.nat(), at: fc.nat(), removed: fc.nat({ max: 4 }), text: typed });
}

function changeFor(session: TypingSession, edit: { inPost: boolean; post: number; at: number; removed: number; text: string }): TextChange {
  const posts = session.posts();
  let start = edit.at % (session.text.length + 1);
  if (edit.inPost && posts.length > 0) {
    const post = posts[edit.post % posts.length];
    start = post.label.range.end + 1 + (edit.at % Math.max(1, post.range.end - post.label.range.end));
  }
  return { start, end: Math.min(session.text.length, start + edit.removed), text: edit.text };
}

suite('analysis after an edit (figures cached per section and post)', () => {
  test('typing inside a post reads only that post for figures again, and the problems equal a fresh analysis', () => {
    const { read, figures } = recordingFinder();
    const session = new TypingSession(EXAMPLE_POST, figures);
    const model = session.analysis.model;
    const postCount = session.posts().length;
    assert.equal(read.length, model.sections.length + postCount, 'the first analysis reads every section and post');
    read.length = 0;
    const start = session.text.indexOf('Companies like Hive') + 'Companies like'.length;
    assert.ok(session.type({ start, end: start, text: ' $5,000' }), 'the keystroke is followed in place');
    const post = session.posts().find((candidate) => candidate.range.start <= start && start < candidate.range.end)!;
    assert.deepEqual(read, [session.text.slice(post.label.range.end, post.range.end)]);
    assert.ok(read[0].includes('Companies like $5,000 Hive'));
    const problems = session.analysis.problems;
    assert.deepEqual(problems, freshProblems(session.text));
    assert.ok(problems.some((problem) => problem.message === "Post 5/10 quotes $5,000, which appears nowhere in the post's body"));
  });

  test('a figure typed into the body re-reads only that section and clears the posts that quote it', () => {
    const { read, figures } = recordingFinder();
    const session = new TypingSession(EXAMPLE_POST, figures);
    const quoting = (problems: typeof session.analysis.problems) => problems.filter((problem) => problem.message.includes('quotes $34,900'));
    assert.equal(quoting(session.analysis.problems).length, 3);
    read.length = 0;
    typeFigureIntoSection(session);
    assert.ok(readOnlyThatSection(read), JSON.stringify(read));
    assert.deepEqual(quoting(session.analysis.problems), []);
    assert.deepEqual(session.analysis.problems, freshProblems(session.text));
  });

  test('after many keystrokes in posts, a figure typed into the body still re-reads only that section', () => {
    const { read, figures } = recordingFinder();
    const session = new TypingSession(EXAMPLE_POST, figures);
    for (let keystroke = 0; keystroke < 5; keystroke++) {
      const post = session.posts()[keystroke];
      assert.ok(session.type({ start: post.range.end, end: post.range.end, text: 'x' }));
    }
    read.length = 0;
    typeFigureIntoSection(session);
    assert.ok(readOnlyThatSection(read), JSON.stringify(read));
    assert.deepEqual(session.analysis.problems, freshProblems(session.text));
  });

  test('after random edits to the example post (LF and CRLF), the problems equal a fresh analysis, ranges included', function () {
    this.timeout(120_000);
    for (const base of [EXAMPLE_POST, EXAMPLE_POST.replace(/\n/g, '\r\n')]) {
      let inPlace = 0;
      fc.assert(fc.property(fc.array(arbitraryEdit(), { minLength: 1, maxLength: 10 }), (edits) => {
        const session = new TypingSession(base);
        for (const edit of edits) {
          if (session.type(changeFor(session, edit))) inPlace++;
          assert.deepEqual(session.analysis.problems, freshProblems(session.text));
        }
      }), { seed: SEED, numRuns: 30 });
      assert.ok(inPlace > 40, `most edits inside posts are followed in place (${inPlace})`);
    }
  });

  test('after random edits to a generated 2,000-post document, the problems equal a fresh analysis, ranges included', function () {
    this.timeout(120_000);
    const base = generatePost(2000);
    assert.ok(freshProblems(base).length > 1000, 'the document has figure problems to keep right');
    let inPlace = 0;
    fc.assert(fc.property(fc.array(arbitraryEdit(), { minLength: 1, maxLength: 40 }), (edits) => {
      const session = new TypingSession(base);
      for (const edit of edits) {
        if (session.type(changeFor(session, edit))) inPlace++;
      }
      assert.deepEqual(session.analysis.problems, freshProblems(session.text));
    }), { seed: SEED, numRuns: 6 });
    assert.ok(inPlace > 20, `edits inside posts are followed in place (${inPlace})`);
  });
});
