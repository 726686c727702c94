import type { Message } from './message';
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

/** A problem found in a post, as plain data that both the extension and the CLI present. */
export interface Problem {
  code: string;
  severity: Severity;
  /** The message in English, as machine-read reports keep it. */
  message: string;
  /** The same message to translate, where the core made it translatable. */
  localisable?: Message;
  range: TextRange;
  related?: RelatedLocation[];
}
