// How the cost of a check grows with the size of the worst inputs a fuzzer found: one long run without spaces
// in a post. Each kind is timed at 10 KB, 100 KB and 1 MB; the growth exponent is the slope of log(time) over
// log(size), 1 for linear cost, 2 for quadratic.
import { analysePost } from '../src/core/checks/analysis';
import { PlatformCounts } from '../src/core/count/countCache';
import { countAtLine, cursorCountText } from '../src/core/count/cursorCount';
import { updatePostModelInPlace } from '../src/core/post/incremental';
import { DEFAULT_THREADS_HEADINGS } from '../src/core/post/postModel';

const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };
const SIZES_KB = [10, 100, 1000];

/** A kind of input: the run's repeated unit, and the thread heading (which names the platform it is counted for). */
const KINDS = [
  { kind: 'CJK run', unit: '日本語', heading: '### Thread: "CJK"' },
  { kind: 'dots', unit: 'a.', heading: '### Thread: "Dots"' },
  { kind: 'emoji run', unit: '😀', heading: '### Thread: "Emoji"' },
  { kind: 'Bluesky CJK', unit: '日本語', heading: '### Bluesky thread: "CJK"' },
];

/** A post of about `kilobytes` of UTF-8 whose only thread post holds one run of `unit`. */
function generateRunPost(unit: string, heading: string, kilobytes: number): string {
  const unitBytes = new TextEncoder().encode(unit).length;
  const run = unit.repeat(Math.max(1, Math.round((kilobytes * 1024 - 200) / unitBytes)));
  return ['---', 'layout: post', 'title: Long runs', '---', '', 'Body with 60% and $34,900.', '', '## Twitter threads:', '', heading, '', `1/1 Intro ${run} end.`, ''].join('\n');
}

function medianMs(repeats: number, run: () => void): number {
  const samples = Array.from({ length: repeats }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** `threadwright check` and `count`: a fresh analysis, then every post counted as the count command does. */
function checkAndCount(text: string): void {
  const counts = new PlatformCounts(['x']);
  const { model } = analysePost(text, OPTIONS, counts);
  for (const thread of model.threadsBlock?.threads ?? []) for (const post of thread.posts) counts.forThread(thread).measure(post.text);
}

/** The editor: one letter typed at the end of the post, the model updated in place, re-analysed, and the status bar count. */
let typedLetters = 0;

function liveKeystroke(text: string, counts: PlatformCounts, previous: ReturnType<typeof analysePost>['model']): void {
  const post = previous.threadsBlock!.threads[0].posts[0];
  // A different letter each time, so no count comes from the cache.
  const change = { start: post.range.end, end: post.range.end, text: String.fromCharCode(97 + (typedLetters++ % 26)) };
  const typed = text.slice(0, change.start) + change.text + text.slice(change.end);
  const { model } = analysePost(typed, OPTIONS, counts, updatePostModelInPlace(previous, (start, end) => typed.slice(start, end), change));
  const lines = typed.split('\n');
  cursorCountText(countAtLine({ lineCount: lines.length, lineAt: (index) => lines[index] }, post.line, counts, model.threadsBlock));
}

/** The least-squares slope of log(ms) over log(size). */
function growthExponent(sizes: readonly number[], times: readonly number[]): number {
  const xs = sizes.map(Math.log);
  const ys = times.map((time) => Math.log(Math.max(time, 0.01)));
  const meanX = xs.reduce((sum, value) => sum + value, 0) / xs.length;
  const meanY = ys.reduce((sum, value) => sum + value, 0) / ys.length;
  const covariance = xs.reduce((sum, value, index) => sum + (value - meanX) * (ys[index] - meanY), 0);
  return covariance / xs.reduce((sum, value) => sum + (value - meanX) ** 2, 0);
}

/** One row a kind: check/count and live-analysis times at each size, and their growth exponents. */
export interface ComplexityRow {
  kind: string;
  checkMs: number[];
  liveMs: number[];
  checkExponent: number;
  liveExponent: number;
}

/** Times every kind at every size; the exponents should stay near 1 (the target is at most 1.2). */
export function measureComplexity(): { sizesKB: number[]; rows: ComplexityRow[] } {
  const rows = KINDS.map(({ kind, unit, heading }) => {
    const checkMs: number[] = [];
    const liveMs: number[] = [];
    for (const kilobytes of SIZES_KB) {
      const text = generateRunPost(unit, heading, kilobytes);
      const repeats = kilobytes >= 1000 ? 3 : 7;
      checkAndCount(text); // warm-up
      checkMs.push(medianMs(repeats, () => checkAndCount(text)));
      const counts = new PlatformCounts(['x']);
      const { model } = analysePost(text, OPTIONS, counts);
      liveMs.push(medianMs(repeats, () => liveKeystroke(text, counts, model)));
    }
    return { kind, checkMs, liveMs, checkExponent: growthExponent(SIZES_KB, checkMs), liveExponent: growthExponent(SIZES_KB, liveMs) };
  });
  return { sizesKB: SIZES_KB, rows };
}
