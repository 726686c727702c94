// The benchmark: our keystroke path, full analysis, conversion, activation and memory, measured next to
// bare twitter-text and markdown-it on the same documents. Run it with `npm run bench` (add `--json`; `--quick`
// leaves out the archive part; `--rouge` or `--archive` give those figures alone).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import twitterText from 'twitter-text';
import { analysePost } from '../src/core/checks/analysis';
import { PlatformCounts } from '../src/core/count/countCache';
import { convertToThread } from '../src/core/convert/convertToThread';
import { countAtLine, countSelection, cursorCountText } from '../src/core/count/cursorCount';
import { updatePostModelInPlace } from '../src/core/post/incremental';
import { xProfile } from '../src/core/count/platforms';
import { detached } from '../src/core/post/text';
import { DEFAULT_THREADS_HEADINGS, parsePost, type ThreadPost } from '../src/core/post/postModel';
import { measureComplexity } from './complexity';
import { archiveFigures } from './archive';
import { convertGrowth, GROWTH_SIZES_KB, randomText, realisticPost } from './convertGrowth';
import { generatePost } from './generatePost';
import { convertedPosts, hindsightCeiling, leadBaseline, rouge1, writersThreads } from './rouge';

const OPTIONS = { threadsHeadings: DEFAULT_THREADS_HEADINGS };
const ROOT = join(__dirname, '..', '..');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function medianMs(repeats: number, run: () => void): number {
  return median(Array.from({ length: repeats }, () => timeMs(run)));
}

function postsOf(text: string): ThreadPost[] {
  return (parsePost(text).threadsBlock?.threads ?? []).flatMap((thread) => thread.posts);
}

/** One keystroke: a letter typed inside a post, then the status bar text the extension would show. */
function keystrokeMs(text: string, keystrokes: number): number {
  const lines = text.split('\n');
  const source = { lineCount: lines.length, lineAt: (index: number) => lines[index] };
  const counts = new PlatformCounts(['x']);
  // Typing a letter at a line's end moves no line, so the analysis' threads block stays right for every keystroke.
  const block = parsePost(text).threadsBlock;
  const postLines = postsOf(text).map((post) => text.slice(0, post.range.start).split('\n').length - 1);
  const samples: number[] = [];
  for (let index = 0; index < keystrokes; index++) {
    const line = postLines[(index * 7919) % postLines.length];
    const start = performance.now();
    lines[line] = `${lines[line]}x`;
    cursorCountText(countAtLine(source, line, counts, block));
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * The analysis after a keystroke inside a post, as the editor runs it after the typing pause: the model updated in
 * place, then `analysePost` with the document's count and figure caches warm. The document's new text is given as
 * the editor hands it over (one flat string), so building it is not timed.
 */
function editAnalysisMs(text: string, keystrokes: number): number {
  const counts = new PlatformCounts(['x']);
  let current = text;
  let analysis = analysePost(current, OPTIONS, counts);
  const samples: number[] = [];
  for (let index = 0; index < keystrokes; index++) {
    const posts = (analysis.model.threadsBlock?.threads ?? []).flatMap((thread) => thread.posts);
    const post = posts[(index * 7919) % posts.length];
    const change = { start: post.range.end, end: post.range.end, text: 'x' };
    current = detached(current.slice(0, change.start) + change.text + current.slice(change.end));
    const start = performance.now();
    const model = updatePostModelInPlace(analysis.model, (from, to) => current.slice(from, to), change);
    if (model === undefined) throw new Error('A letter typed at a post\'s end is always followed in place.');
    analysis = analysePost(current, OPTIONS, counts, model, analysis.figures);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Activations of each bundle, each in a fresh Node process, as an extension host loads it once. */
const ACTIVATIONS = 15;

/**
 * The median time to load and activate each bundle in a fresh Node process (`activation.ts`): measured in one
 * process, whichever bundle came second would find the first one's regular expressions compiled. The bundles take
 * turns, so a busy spell on a shared machine weighs on both alike.
 */
function activationMs(files: readonly string[]): number[] {
  const samples = files.map((): number[] => []);
  for (let round = 0; round < ACTIVATIONS; round++) {
    files.forEach((file, index) => {
      const run = spawnSync(process.execPath, [join(__dirname, 'activation.js'), join(ROOT, 'dist', file)], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`Activating ${file} failed: ${run.stderr}`);
      samples[index].push(Number(run.stdout));
    });
  }
  return samples.map(median);
}

const bundleKb = (file: string): number => statSync(join(ROOT, 'dist', file)).size / 1024;

function heapGrowthMb(text: string, keystrokes: number): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run the benchmark with node --expose-gc (npm run bench does).');
  const counts = new PlatformCounts(['x']);
  let current = text;
  let model = analysePost(current, OPTIONS, counts).model;
  const typeInPosts = () => {
    for (let index = 0; index < keystrokes; index++) {
      const posts = (model.threadsBlock?.threads ?? []).flatMap((thread) => thread.posts);
      const post = posts[(index * 7919) % posts.length];
      const change = { start: post.range.end, end: post.range.end, text: index % 5 === 4 ? '' : 'x' };
      if (change.text === '') change.start = post.range.end - 1;
      current = current.slice(0, change.start) + change.text + current.slice(change.end);
      const typed = current;
      model = updatePostModelInPlace(model, (start, end) => typed.slice(start, end), change) ?? parsePost(current, OPTIONS);
      cursorCountText(countSelection(post.text, counts));
      // The diagnostics run 300 ms after typing stops: about once every 20 keystrokes.
      if (index % 20 === 19) model = analysePost(current, OPTIONS, counts, model).model;
    }
  };
  typeInPosts();
  gc();
  const before = process.memoryUsage().heapUsed;
  typeInPosts();
  gc();
  return (process.memoryUsage().heapUsed - before) / (1024 * 1024);
}

/** `npm run bench -- --archive`: only the archive figures, which take their own minute or two. */
async function archiveOnly(json: boolean): Promise<void> {
  const archive = await archiveFigures(ROOT);
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`;
  if (json) process.stdout.write(`${JSON.stringify({ date: new Date().toISOString().slice(0, 10), machine, archive })}\n`);
  else printArchive(archive);
}

function printArchive(archive: Awaited<ReturnType<typeof archiveFigures>>): void {
  const round = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  console.log(`archiveCheckS (threadwright check, ${archive.archivePosts.toLocaleString('en-US')} posts): ${round(archive.archiveCheckS)}, markdownlint-cli2 ${round(archive.markdownlintCli2S)}, ratio ${round(archive.archiveRatio)}×`);
  console.log(`archivePeakMB: ${round(archive.archivePeakMB)}, markdownlint-cli2 ${round(archive.markdownlintCli2PeakMB)}`);
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  if (process.argv.includes('--archive')) return archiveOnly(json);
  if (process.argv.includes('--rouge')) return rougeOnly(json);
  // `--quick` leaves out the archive part, which takes minutes.
  const quick = process.argv.includes('--quick');
  // First, while this process is idle: after the heavy figures its collector and compiler threads still run
  // beside the fresh processes.
  const [nodeActivationMs, webActivationMs] = activationMs(['extension.node.js', 'extension.web.js']);
  const sizes = [10, 200, 2000];
  const documents = sizes.map((posts) => ({ posts, text: generatePost(posts) }));
  const markdownIt = new MarkdownIt();
  const perSize = documents.map(({ posts, text }) => {
    const postTexts = postsOf(text).map((post) => post.text);
    const repeats = posts >= 2000 ? 7 : 15;
    const fullAnalysisMs = medianMs(repeats, () => analysePost(text, OPTIONS, new PlatformCounts(['x'])));
    const twitterTextMs = medianMs(repeats, () => postTexts.forEach((post) => twitterText.parseTweet(post)));
    const markdownItParseMs = medianMs(repeats, () => markdownIt.parse(text, {}));
    return {
      posts,
      documentKB: Math.round(text.length / 1024),
      fullAnalysisMs,
      twitterTextPerPostUs: (twitterTextMs * 1000) / postTexts.length,
      markdownItParseMs,
      fullAnalysisRatio: fullAnalysisMs / (twitterTextMs + markdownItParseMs),
    };
  });
  const big = documents[2].text;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${process.version}`,
    keystrokeMs: keystrokeMs(big, 2000),
    editAnalysisMs: editAnalysisMs(big, 200),
    convertMs: medianMs(3, () => convertToThread(big, { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS })),
    fullAnalysisMs: perSize[2].fullAnalysisMs,
    twitterTextPerPostUs: perSize[2].twitterTextPerPostUs,
    markdownItParseMs: perSize[2].markdownItParseMs,
    fullAnalysisRatio: perSize[2].fullAnalysisRatio,
    activationMs: { node: nodeActivationMs, web: webActivationMs },
    bundleKB: { node: bundleKb('extension.node.js'), web: bundleKb('extension.web.js'), cli: bundleKb('cli.js') },
    heapGrowthMB: heapGrowthMb(big, 10_000),
    perSize,
    convertQuality: convertQuality(),
    convertGrowth: convertGrowthFigures(),
    complexity: measureComplexity(),
    archive: quick ? undefined : await archiveFigures(ROOT),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const round = (value: number) => (value < 1 ? value.toFixed(3) : value.toFixed(1));
  console.log(`Threadwright benchmark, ${result.date}, ${result.machine}\n`);
  console.table(perSize.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, round(value)]))));
  console.log(`keystrokeMs (edit in a post of the 2,000-post document → status bar text): ${round(result.keystrokeMs)}`);
  console.log(`editAnalysisMs (a letter typed in a post of the 2,000-post document → model updated in place, analysePost with warm caches): ${round(result.editAnalysisMs)}`);
  console.log(`fullAnalysisMs (2,000 posts): ${round(result.fullAnalysisMs)}, ${round(result.fullAnalysisRatio)}× bare twitter-text + markdown-it`);
  console.log(`convertMs (the convert command's core on the 2,000-post document's 400 sections): ${round(result.convertMs)}`);
  console.log(`activationMs: node ${round(result.activationMs.node)}, web ${round(result.activationMs.web)}`);
  console.log(`bundleKB (minified): node ${round(result.bundleKB.node)}, web ${round(result.bundleKB.web)}, cli ${round(result.bundleKB.cli)}`);
  console.log(`heapGrowthMB after 10,000 keystrokes: ${round(result.heapGrowthMB)}`);
  printConvertQuality(result.convertQuality);
  console.log(`Convert growth (ms at ${GROWTH_SIZES_KB.join(' / ')} KB, exponent; 1 is linear):`);
  console.table(result.convertGrowth.map(({ input, mode, growth }) => ({ input, mode, ms: growth.ms.map(round).join(' / '), exponent: growth.exponent.toFixed(2) })));
  console.log(`\nGrowth with one long run in a post (${result.complexity.sizesKB.join(' / ')} KB; exponent 1 is linear):`);
  console.table(result.complexity.rows.map((row) => ({
    kind: row.kind,
    checkMs: row.checkMs.map(round).join(' / '),
    checkExponent: round(row.checkExponent),
    liveMs: row.liveMs.map(round).join(' / '),
    liveExponent: round(row.liveExponent),
  })));
  if (result.archive !== undefined) printArchive(result.archive);
}

/** `npm run bench -- --rouge`: only the convert quality figures, which take a second. */
function rougeOnly(json: boolean): void {
  const convert = convertQuality();
  if (json) process.stdout.write(`${JSON.stringify({ date: new Date().toISOString().slice(0, 10), convertQuality: convert })}\n`);
  else printConvertQuality(convert);
}

function printConvertQuality(quality: ReturnType<typeof convertQuality>): void {
  console.log('\nConvert on the example post, ROUGE-1 against each of its three hand-written threads (recall / precision / F1):');
  console.table(quality.map(({ thread, posts, scores, averageF1 }) => ({
    thread, posts, ...Object.fromEntries(scores.map((score, index) => [`writer ${index + 1}`, `${score.recall.toFixed(2)} / ${score.precision.toFixed(2)} / ${score.f1.toFixed(2)}`])), 'average F1': averageF1.toFixed(3),
  })));
}

/** ROUGE-1 of the digest, the full thread and the lead baseline against the writer's own threads of the example post. */
function convertQuality() {
  const example = readFileSync(join(ROOT, 'examples', 'financial-pressures.md'), 'utf8');
  const references = writersThreads(example);
  const candidates = [
    { thread: 'digest', posts: convertedPosts(example, 'digest') },
    { thread: 'full', posts: convertedPosts(example, 'full') },
    { thread: 'lead baseline', posts: leadBaseline(example) },
    { thread: 'hindsight ceiling (counts sentences, not posts)', posts: hindsightCeiling(example, references) },
  ];
  return candidates.map(({ thread, posts }) => {
    const scores = references.map((reference) => rouge1(posts.join('\n'), reference));
    return { thread, posts: posts.length, scores, averageF1: scores.reduce((sum, score) => sum + score.f1, 0) / scores.length };
  });
}

function convertGrowthFigures() {
  const example = readFileSync(join(ROOT, 'examples', 'financial-pressures.md'), 'utf8');
  const inputs = [{ input: 'realistic post', make: (bytes: number) => realisticPost(example, bytes) }, { input: 'random text', make: randomText }];
  return inputs.flatMap(({ input, make }) => (['digest', 'full'] as const).map((mode) => ({ input, mode, growth: convertGrowth(make, mode) })));
}

void main();
