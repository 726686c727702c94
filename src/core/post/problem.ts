import type { TextRange } from './text';

/** How serious a problem is; mapped to the editor's and the CLI's own severities by the adapters. */
export type Severity = 'error' | 'warning' | 'info';

/** Another place in the document that explains a problem, e.g. the body's figures for a figure a post quotes. */
export interface RelatedLocation {
  message: string;
  range: TextRange;
}

/** A problem found in a post, as plain data that both the extension and the CLI present. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  range: TextRange;
  related?: RelatedLocation[];
}
