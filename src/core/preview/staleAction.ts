// Whether a click in the preview may still act: the page names the drawing it was made on, the panel compares it with now.

/** The document and version a preview drawing was made from; every page action that touches a post carries it. */
export interface DrawnFrom {
  documentUri: string;
  documentVersion: number;
}

/** What the panel shows now: its document's URI, and that document's version while it is open. */
export interface ShownDocument {
  uri: string | undefined;
  version: number | undefined;
}

/** An action's drawing was of another document than the panel shows, or of an older version of it. */
export type StaleReason = 'other-document' | 'changed';

/**
 * Why an action clicked on the preview must not run, or undefined when the drawing is the document as it is now.
 * Exists because post ids are positions (`thread:post`): after an edit or a switch of document, the same id can
 * name another post, so an action on an old drawing could copy, post or move to the wrong one.
 */
export function staleActionReason(drawn: DrawnFrom, shown: ShownDocument): StaleReason | undefined {
  if (shown.uri === undefined || drawn.documentUri !== shown.uri) return 'other-document';
  if (drawn.documentVersion !== shown.version) return 'changed';
  return undefined;
}
