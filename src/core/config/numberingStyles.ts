/** Every numbering style, in the order settings, the project file and the command line list them. */
export const NUMBERING_STYLES = ['prefix', 'suffix', 'parens', 'none'] as const;

/** Where a post's `n/total` label goes: `1/7 text` (the example's style), `text 1/7`, `text (1/7)`, or nowhere. */
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
