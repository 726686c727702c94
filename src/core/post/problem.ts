import { englishText, type Message } from './message';
import type { TextRange } from './text';

/** How serious a problem is; mapped to the editor's and the CLI's own severities by the adapters. */
export type Severity = 'error' | 'warning' | 'info';

/** Another place in the document that explains a problem, e.g. the body's figures for a figure a post quotes. */
export interface RelatedLocation {
  message: string;
  /** The same message to translate, where the core made it translatable. */
  localisable?: Message;
  range: TextRange;
}

/** Every kind of problem Threadwright reports; `checks/problemCodes.ts` describes each, so none can be left out. */
export type ProblemCode =
  | 'thread/too-long' | 'thread/refused' | 'thread/numbering' | 'thread/figure-not-in-post'
  | 'config/syntax' | 'config/invalid-value' | 'config/unknown-key'
  | 'front-matter/syntax' | 'front-matter/unclosed' | 'front-matter/duplicate-key' | 'front-matter/bom'
  | 'front-matter/missing-key' | 'front-matter/invalid-value' | 'front-matter/missing-file' | 'front-matter/too-long';

/** A problem found in a post, as plain data that both the extension and the CLI present. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** The message in English, as machine-read reports keep it. */
  message: string;
  /** The same message to translate, where the core made it translatable. */
  localisable?: Message;
  range: TextRange;
  related?: RelatedLocation[];
}

/**
 * A problem made by the core, with `message` spelled out in English only when read: the editor shows the translated
 * `localisable` and never reads it, so a document with thousands of problems is not written out in English after
 * every keystroke. The getter is an own enumerable property, so JSON reports and comparisons see a plain string.
 */
export function localisedProblem(code: ProblemCode, severity: Severity, localisable: Message, range: TextRange, related?: RelatedLocation[]): Problem {
  let english: string | undefined;
  const message = () => (english ??= englishText(localisable));
  return related === undefined
    ? { code, severity, get message() { return message(); }, localisable, range }
    : { code, severity, get message() { return message(); }, localisable, range, related };
}

/** A related location made by the core, its English text spelled out only when read, as `localisedProblem`'s. */
export function localisedLocation(localisable: Message, range: TextRange): RelatedLocation {
  let english: string | undefined;
  return { get message() { return (english ??= englishText(localisable)); }, localisable, range };
}
