import type { ProblemCode, Severity } from '../post/problem';

/** Where each code is explained: its section of the README, which the editor and the CLI link to. */
export const PROBLEM_DOCS_URL = 'https://github.com/threadwright/threadwright/blob/main/README.md';

/** One kind of problem Threadwright reports: its code, usual severity and a one-line description. */
export interface ProblemCodeInfo {
  code: ProblemCode;
  severity: Severity;
  summary: string;
}

/** The description of each code; a `Record`, so a code added to `ProblemCode` and not described here does not compile. */
const DESCRIPTIONS: Record<ProblemCode, Omit<ProblemCodeInfo, 'code'>> = {
  'thread/too-long': { severity: 'error', summary: 'A post is longer than its platform allows.' },
  'thread/refused': { severity: 'error', summary: 'A post holds something its platform refuses whatever its length.' },
  'thread/numbering': { severity: 'warning', summary: "A thread's N/M labels are wrong: a number missing, repeated or out of order, or a wrong total." },
  'thread/figure-not-in-post': { severity: 'info', summary: "A post quotes a figure that the post's body never states." },
  'config/syntax': { severity: 'error', summary: '.threadwright.json is not valid JSON.' },
  'config/invalid-value': { severity: 'error', summary: 'A key of .threadwright.json has a value Threadwright does not accept, or is set twice.' },
  'config/unknown-key': { severity: 'warning', summary: '.threadwright.json has a key Threadwright does not know.' },
  'front-matter/syntax': { severity: 'error', summary: 'The YAML or TOML front matter cannot be read.' },
  'front-matter/unclosed': { severity: 'error', summary: 'The front matter is opened but never closed.' },
  'front-matter/duplicate-key': { severity: 'warning', summary: 'A key is set twice in the same mapping.' },
  'front-matter/bom': { severity: 'error', summary: 'A byte order mark comes before Jekyll front matter.' },
  'front-matter/missing-key': { severity: 'warning', summary: 'A key the preset or your schema requires is missing.' },
  'front-matter/invalid-value': { severity: 'error', summary: "A value breaks the preset's or your schema's rules." },
  'front-matter/missing-file': { severity: 'warning', summary: 'A path key names a file that is not in the workspace.' },
  'front-matter/too-long': { severity: 'warning', summary: 'The title or description is longer than search results show.' },
};

/** Every code Threadwright reports, in the order README.md's "What it checks" lists them; reports name these as rules. */
export const PROBLEM_CODES: readonly ProblemCodeInfo[] = Object.entries(DESCRIPTIONS)
  .map(([code, description]) => ({ code: code as ProblemCode, ...description }));

/** The README section that explains a code (GitHub's heading anchor drops the slash). */
export function problemDocsUrl(code: string): string {
  return `${PROBLEM_DOCS_URL}#${code.replace('/', '')}`;
}
