/**
 * `Intl.Segmenter`s made on first use and then shared: building one loads ICU's break rules, which would otherwise
 * cost every activation, even for a Markdown file that is never counted on a grapheme-counting platform.
 */
const made = new Map<string, Intl.Segmenter>();

/** The shared segmenter for a granularity, in `locale` (the runtime's own when undefined). */
export function segmenterFor(granularity: 'grapheme' | 'word' | 'sentence', locale?: string): Intl.Segmenter {
  const key = `${locale ?? ''}|${granularity}`;
  let segmenter = made.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity });
    made.set(key, segmenter);
  }
  return segmenter;
}
