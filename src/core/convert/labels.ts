import type { NumberingStyle } from '../config/numberingStyles';

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
