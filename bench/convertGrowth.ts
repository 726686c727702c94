// How convert's time grows with the post: 10 KB, 100 KB and 1 MB, for a realistic post and for random text.
import { convertToThread, type ConvertMode } from '../src/core/convert/convertToThread';
import { xProfile } from '../src/core/count/platforms';
import { DEFAULT_THREADS_HEADINGS } from '../src/core/post/postModel';

const SIZES_KB = [10, 100, 1000];

/** The example post's body repeated, each copy's headings numbered, up to `bytes`: a long post as writers write them. */
export function realisticPost(example: string, bytes: number): string {
  const body = example.slice(example.indexOf('\n---\n', 4) + 5, example.indexOf('## Twitter threads:'));
  let text = '---\ntitle: "A long post"\n---\n\n';
  for (let copy = 1; text.length < bytes; copy++) text += body.replace(/^(#+ )(.*)$/gm, `$1$2 (${copy})`);
  return text.slice(0, bytes);
}

/** Words of random letters with full stops and paragraph breaks, seeded so every run converts the same text. */
export function randomText(bytes: number): string {
  let seed = 20261201;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = Array.from({ length: 1 + Math.floor(next() * 10) }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join('');
    const roll = next();
    const piece = `${word}${roll < 0.05 ? '.\n\n' : roll < 0.1 ? '. ' : ' '}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('').slice(0, bytes);
}

/** Milliseconds per size and the growth exponent (the slope of log time over log size; 1 is linear). */
export interface Growth {
  ms: number[];
  exponent: number;
}

/** Times one conversion per size and fits the exponent over the three points. */
export function convertGrowth(make: (bytes: number) => string, mode: ConvertMode): Growth {
  const ms = SIZES_KB.map((kb) => {
    const text = make(kb * 1024);
    const start = performance.now();
    convertToThread(text, { profile: xProfile, numbering: 'prefix', threadsHeadings: DEFAULT_THREADS_HEADINGS, mode });
    return performance.now() - start;
  });
  const xs = SIZES_KB.map(Math.log);
  const ys = ms.map((value) => Math.log(Math.max(value, 0.01)));
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  const exponent = xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index] - meanY), 0) / xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0);
  return { ms, exponent };
}

export const GROWTH_SIZES_KB = SIZES_KB;
