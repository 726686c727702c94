/** Every numbering style, in the order settings, the project file and the command line list them. */
export const NUMBERING_STYLES = ['prefix', 'suffix', 'parens', 'none'] as const;

/** Where a post's `n/total` label goes: `1/7 text` (the example's style), `text 1/7`, `text (1/7)`, or nowhere. */
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

/** A post's published text: its body with its label in the chosen style. */
export function labelled(body: string, number: number, total: number, style: NumberingStyle): string {
  switch (style) {
    case 'prefix':
      return `${number}/${total} ${body}`;
    case 'suffix':
      return `${body} ${number}/${total}`;
    case 'parens':
      return `${body} (${number}/${total})`;
    case 'none':
      return body;
  }
}

/** The body with the widest label a thread of up to `digits`-digit totals can carry, to reserve its room. */
export function withWidestLabel(body: string, digits: number, style: NumberingStyle): string {
  const widest = 10 ** digits - 1;
  return labelled(body, widest, widest, style);
}
