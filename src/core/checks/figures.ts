import { GenerationCache } from '../post/generationCache';
import { l10n } from '../post/message';
import type { PostModel } from '../post/postModel';
import { localisedLocation, localisedProblem, type Problem, type RelatedLocation } from '../post/problem';
import { detached, type TextRange } from '../post/text';

/** What a figure measures; a post's figure is only compared with the body's figures of the same kind. */
export type FigureKind = 'amount' | 'percentage' | 'number';

/** A figure quoted in the text: an amount, a percentage, or a number with a unit or thousands separator. */
export interface Figure {
  kind: FigureKind;
  /** As written, e.g. `$72,225` or `60%+`. */
  text: string;
  /** Equal for figures that mean the same: `$72,225` and `$72225`, `90k` and `90,000`. */
  key: string;
  range: TextRange;
}

// The leading look-ahead rejects most positions at once, before the costlier look-behind runs.
const FIGURE = new RegExp(
  String.raw`(?=[$€£¥\d])(?<![\p{L}\p{N}_.,])(?<currency>[$€£¥])?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\p{N}|[.,]\d)` +
    String.raw`(?:(?<percent>\s?%|\s?percent\b)\+?|(?<magnitude>k|K|M|B|bn|T)(?![\p{L}\p{N}])` +
    String.raw`|\s?(?<scale>thousand|million|billion|trillion)\b` +
    String.raw`|\s?(?<unit>[kMGT]Wh|[kMGT]W|[TPEZ]H\/s|[KMGTP]B)(?![\p{L}\p{N}]))?`,
  'gu',
);
const MULTIPLIERS: Record<string, number> = {
  k: 1e3, K: 1e3, thousand: 1e3, M: 1e6, million: 1e6, B: 1e9, bn: 1e9, billion: 1e9, T: 1e12, trillion: 1e12,
};
const RELATED_LIMIT = 10;

/** Finds the figures in `text.slice(range.start, range.end)`, with ranges into `text`. */
export function findFigures(text: string, range: TextRange): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.slice(range.start, range.end).matchAll(FIGURE)) {
    const { currency, number, percent, magnitude, scale, unit } = match.groups!;
    if (currency === undefined && percent === undefined && magnitude === undefined && scale === undefined
      && unit === undefined && !number.includes(',')) continue;
    const kind: FigureKind = currency !== undefined ? 'amount' : percent !== undefined ? 'percentage' : 'number';
    // Stryker disable next-line StringLiteral: no word is a multiplier but the table's own
    const value = Number(number.replace(/,/g, '')) * (MULTIPLIERS[magnitude ?? scale ?? ''] ?? 1);
    const start = range.start + match.index;
    figures.push({
      kind,
      text: match[0],
      // Stryker disable next-line StringLiteral: keys are only compared with each other, so any filler for "no unit" does
      key: `${kind}|${currency ?? unit ?? ''}|${Number(value.toPrecision(12))}`,
      range: { start, end: start + match[0].length },
    });
  }
  return figures;
}

/** The body's figures as the drift check compares with: every figure, their keys, and the related locations per kind. */
interface BodyFigures {
  figures: Figure[];
  keys: Set<string>;
  relatedByKind: Map<FigureKind, RelatedLocation[]>;
}

/**
 * Remembers the figures of each post and each body section by its text, so the analysis after a keystroke inside
 * a post reads only that post again instead of the whole document; and the body's figures as a whole while the
 * body's text and place stay the same, so such a keystroke does not even look the body's sections up. The editor
 * keeps one per document, with the document's analysis; like the count cache it forgets the posts the last two
 * analyses did not read, and keeps the sections of the body as last read.
 */
export class FigureCache {
  private readonly figures = new GenerationCache<Figure[]>();
  /** The body as last read: its text and place, and each section's figures by the section's text. */
  private body: { text: string; start: number; sections: Map<string, Figure[]>; figures: BodyFigures } | undefined;

  /** `find` reads the figures of a text (the real finder by default; tests pass one that records each text read). */
  constructor(private readonly find: (text: string) => Figure[] = (text) => findFigures(text, { start: 0, end: text.length })) {}

  /** The figures in `text.slice(range.start, range.end)`, with ranges into `text`, as `findFigures` gives them. */
  figuresIn(text: string, range: TextRange): Figure[] {
    return placed(this.figures.get(text.slice(range.start, range.end), this.find), range.start);
  }

  /**
   * The figures of the body's sections. While the body's text and place stay the same (a keystroke in a post) they
   * are given as they were; otherwise only the sections whose text changed are read again.
   */
  bodyFigures(text: string, sections: readonly { range: TextRange }[]): BodyFigures {
    // Stryker disable next-line LogicalOperator: only decides when the kept figures are reused; each section is looked up by its text anyway
    const start = sections[0]?.range.start ?? 0;
    // Stryker disable next-line MethodExpression: the same, for the body's text
    const bodyText = text.slice(start, sections.at(-1)?.range.end ?? 0);
    const kept = this.body;
    // Stryker disable next-line ConditionalExpression: a fast path; without it the sections' figures are gathered again from the kept ones
    if (kept !== undefined && kept.start === start && kept.text === bodyText) return kept.figures;
    const bySection = new Map<string, Figure[]>();
    const figures = sections.flatMap(({ range }) => {
      const sectionText = detached(text.slice(range.start, range.end));
      const found = bySection.get(sectionText) ?? kept?.sections.get(sectionText) ?? this.find(sectionText);
      bySection.set(sectionText, found);
      return placed(found, range.start);
    });
    const body = { figures, keys: new Set(figures.map((figure) => figure.key)), relatedByKind: new Map<FigureKind, RelatedLocation[]>() };
    this.body = { text: detached(bodyText), start, sections: bySection, figures: body };
    return body;
  }

  /** Marks the end of one analysis: texts not read since the previous mark are forgotten. */
  endGeneration(): void {
    this.figures.endGeneration();
  }
}

/** Figures read from a slice, moved to where the slice starts in the document. */
function placed(figures: readonly Figure[], offset: number): Figure[] {
  return figures.map((figure) => ({ ...figure, range: { start: figure.range.start + offset, end: figure.range.end + offset } }));
}

/**
 * Flags figures a thread quotes that the post's body never states (`$34,900` where the body says `$72,225`):
 * a thread drifting from its post is a fact-check waiting to happen. The body's figures of the same kind are
 * attached as related locations, so the writer sees at once what the post actually says.
 */
export function findFiguresNotInBody(model: PostModel, text: string, figures: FigureCache = new FigureCache()): Problem[] {
  const threads = model.threadsBlock?.threads ?? [];
  if (threads.length === 0) return [];
  const body = figures.bodyFigures(text, model.sections);
  const related = (kind: FigureKind) => {
    let locations = body.relatedByKind.get(kind);
    if (locations === undefined) {
      locations = sameKind(body.figures, kind);
      body.relatedByKind.set(kind, locations);
    }
    return locations;
  };
  const problems: Problem[] = [];
  for (const thread of threads) {
    for (const post of thread.posts) {
      const label = `${post.label.number}/${post.label.total}`;
      for (const figure of figures.figuresIn(text, { start: post.label.range.end, end: post.range.end })) {
        if (body.keys.has(figure.key)) continue;
        problems.push(localisedProblem(
          'thread/figure-not-in-post',
          'info',
          l10n.t("Post {label} quotes {figure}, which appears nowhere in the post's body", { label, figure: figure.text }),
          figure.range,
          related(figure.kind),
        ));
      }
    }
  }
  return problems;
}

function sameKind(figures: readonly Figure[], kind: FigureKind): RelatedLocation[] {
  const seen = new Set<string>();
  const related: RelatedLocation[] = [];
  for (const figure of figures) {
    if (figure.kind !== kind || seen.has(figure.key) || related.length === RELATED_LIMIT) continue;
    seen.add(figure.key);
    related.push(localisedLocation(l10n.t('The body says {figure}', { figure: figure.text }), figure.range));
  }
  return related;
}
