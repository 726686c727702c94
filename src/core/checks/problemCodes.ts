import type { Severity } from '../post/problem';

/** Where each code is explained: its section of the README, which the editor and the CLI link to. */
export const PROBLEM_DOCS_URL = 'https://github.com/threadwright/threadwright/blob/main/README.md';

/** One kind of problem Threadwright reports: its code, usual severity and a one-line description. */
export interface ProblemCodeInfo {
  code: string;
  severity: Severity;
  summary: string;
}

/** Every code Threadwright reports, as README.md's "What it checks" lists them; reports name these as rules. */
export const PROBLEM_CODES: readonly ProblemCodeInfo[] = [
  { code: 'thread/too-long', severity: 'error', summary: 'A post is longer than its platform allows.' },
  { code: 'thread/numbering', severity: 'warning', summary: "A thread's N/M labels are wrong: a number missing, repeated or out of order, or a wrong total." },
  { code: 'thread/figure-not-in-post', severity: 'info', summary: "A post quotes a figure that the post's body never states." },
  { code: 'config/syntax', severity: 'error', summary: '.threadwright.json is not valid JSON.' },
  { code: 'config/invalid-value', severity: 'error', summary: 'A key of .threadwright.json has a value Threadwright does not accept, or is set twice.' },
  { code: 'config/unknown-key', severity: 'warning', summary: '.threadwright.json has a key Threadwright does not know.' },
  { code: 'front-matter/syntax', severity: 'error', summary: 'The YAML or TOML front matter cannot be read.' },
  { code: 'front-matter/unclosed', severity: 'error', summary: 'The front matter is opened but never closed.' },
  { code: 'front-matter/duplicate-key', severity: 'warning', summary: 'A key is set twice in the same mapping.' },
  { code: 'front-matter/bom', severity: 'error', summary: 'A byte order mark comes before Jekyll front matter.' },
  { code: 'front-matter/missing-key', severity: 'warning', summary: 'A key the preset or your schema requires is missing.' },
  { code: 'front-matter/invalid-value', severity: 'error', summary: "A value breaks the preset's or your schema's rules." },
  { code: 'front-matter/missing-file', severity: 'warning', summary: 'A path key names a file that is not in the workspace.' },
  { code: 'front-matter/too-long', severity: 'warning', summary: 'The title or description is longer than search results show.' },
];

/** The README section that explains a code (GitHub's heading anchor drops the slash). */
export function problemDocsUrl(code: string): string {
  return `${PROBLEM_DOCS_URL}#${code.replace('/', '')}`;
}
