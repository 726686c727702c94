/** One front matter case: what is written, and what the writer means by it (what the page should show). */
export interface OracleCase {
  /** The post's file name without extension; also its URL slug. */
  id: string;
  /** The lines between the delimiters. */
  lines: string[];
  toml?: boolean;
  crlf?: boolean;
  bom?: boolean;
  /** A folder under the posts folder (Jekyll's `defaults:` scope matches `_posts/defaulted`). */
  folder?: string;
  /** Jekyll only: a page at the site root rather than a post. */
  page?: boolean;
  /** Jekyll only: the site built with `theme: minima` and no `_layouts/`. */
  themed?: boolean;
  /** What the writer means: the date as an ISO instant (null: no date can be meant), the layout, the terms, the weight. */
  means: { date?: string | null; layout?: string; title?: string; tags?: string; weight?: string };
  /** Text on the line Threadwright should flag when the generator misreads; anywhere in the file when unset. */
  at?: string;
}

const date = (id: string, value: string, meant: string | null): OracleCase => ({ id, lines: [`title: ${id}`, 'layout: post', `date: ${value}`], means: { date: meant }, at: 'date:' });

/** Jekyll: dates in every form Ruby reads or misreads, layouts set, defaulted, missing, from a theme; CRLF, BOM, bad YAML, terms as strings. */
export const JEKYLL_CASES: OracleCase[] = [
  date('t-utc', '2024-01-02T10:00:00Z', '2024-01-02T10:00:00Z'),
  date('t-offset', '2014-09-28T14:59:29-04:00', '2014-09-28T18:59:29Z'),
  date('colon-offset', '2024-01-02 10:00:00 +01:00', '2024-01-02T09:00:00Z'),
  date('one-digit-hour', '2013-11-22 5:00:00 +0000', '2013-11-22T05:00:00Z'),
  date('fraction', '2024-01-02 10:00:00.5 +0100', '2024-01-02T09:00:00Z'),
  date('one-digit-month', '2024-1-2', '2024-01-02T00:00:00Z'),
  date('no-seconds', '2024-07-01 09:00', '2024-07-01T09:00:00Z'),
  date('documented', '2024-08-21 10:00:00 +0100', '2024-08-21T09:00:00Z'),
  date('no-zone-t', '2024-08-21T10:00:00', '2024-08-21T10:00:00Z'),
  date('day-month-year', '21/08/2024', '2024-08-21T00:00:00Z'),
  date('day-month-name', '21 August 2024', '2024-08-21T00:00:00Z'),
  date('month-name-first', 'Aug 21, 2024', '2024-08-21T00:00:00Z'),
  date('quoted', '"2024-08-21 10:00:00 +0100"', '2024-08-21T09:00:00Z'),
  date('dropped-offset', '2023-01-29 18:30:22 2023 -0800', '2023-01-30T02:30:22Z'),
  date('feb-30', '2024-02-30', null),
  date('junk-month', '1 Junk 2024', null),
  date('decoy-month', 'Decoy 3, 2024', null),
  date('month-13', '2024-13-01', null),
  date('hour-25', '2024-01-02 25:00:00', null),
  date('tomorrow', 'tomorrow', null),
  date('month-first', '08/21/2024', '2024-08-21T00:00:00Z'),
  { id: 'layout-set', lines: ['title: layout-set', 'layout: post'], means: { layout: 'post' } },
  { id: 'layout-missing-file', lines: ['title: layout-missing-file', 'layout: nope'], means: { layout: 'nope' }, at: 'layout:' },
  { id: 'layout-defaulted', folder: 'defaulted', lines: ['title: layout-defaulted'], means: { layout: 'post' } },
  { id: 'layout-none', lines: ['title: layout-none'], means: { layout: 'post' } },
  { id: 'layout-theme', themed: true, lines: ['title: layout-theme', 'layout: post'], means: { layout: 'theme' } },
  { id: 'crlf', crlf: true, lines: ['title: crlf', 'date: 2024-01-02 10:00:00 +0100', 'layout: post'], means: { layout: 'post', date: '2024-01-02T09:00:00Z', title: 'crlf' } },
  { id: 'bom', bom: true, lines: ['title: bom', 'layout: post'], means: { title: 'bom', layout: 'post' } },
  { id: 'page-bom', page: true, bom: true, lines: ['title: page-bom', 'layout: post', 'permalink: /page-bom/'], means: { title: 'page-bom', layout: 'post' } },
  { id: 'page-plain', page: true, lines: ['title: page-plain', 'layout: post', 'permalink: /page-plain/'], means: { title: 'page-plain', layout: 'post' } },
  { id: 'bad-yaml', lines: ['title: [bad', 'layout: post'], means: { title: '[bad', layout: 'post' } },
  { id: 'tags-string', lines: ['title: tags-string', 'layout: post', 'tags: one two'], means: { tags: 'one,two' } },
];

const hugoDate = (id: string, value: string, meant: string | null, toml = false): OracleCase => ({
  id,
  toml,
  lines: toml ? [`title = "${id}"`, `date = ${value}`] : [`title: ${id}`, `date: ${value}`],
  means: { date: meant },
  at: 'date',
});

/** Hugo: dates in the layouts it reads and not, terms and weight as strings, CRLF (YAML and TOML), BOM, bad YAML and TOML. */
export const HUGO_CASES: OracleCase[] = [
  hugoDate('rfc3339', '2024-01-02T10:00:00Z', '2024-01-02T10:00:00Z'),
  hugoDate('space-offset', '2024-01-02 10:00:00 +0100', '2024-01-02T09:00:00Z'),
  hugoDate('space-colon-offset', '2024-01-02 10:00:00 +01:00', '2024-01-02T09:00:00Z'),
  hugoDate('day-only', '2024-01-02', '2024-01-02T00:00:00Z'),
  hugoDate('quoted-rfc3339', '"2012-10-30T00:00:00Z"', '2012-10-30T00:00:00Z'),
  hugoDate('no-zone', '2024-01-02T10:00:00', '2024-01-02T10:00:00Z'),
  hugoDate('space-no-zone', '2024-01-02 10:00:00', '2024-01-02T10:00:00Z'),
  hugoDate('day-month-name', '02 Jan 2024', '2024-01-02T00:00:00Z'),
  hugoDate('fraction', '2024-01-02T10:00:00.5+01:00', '2024-01-02T09:00:00Z'),
  hugoDate('rfc1123z', '"Tue, 02 Jan 2024 10:00:00 +0100"', '2024-01-02T09:00:00Z'),
  hugoDate('one-digit-month', '2024-1-2', '2024-01-02T00:00:00Z'),
  hugoDate('no-seconds', '2024-01-02 10:00', '2024-01-02T10:00:00Z'),
  hugoDate('month-name-first', 'Jan 2, 2024', '2024-01-02T00:00:00Z'),
  hugoDate('feb-30', '2024-02-30', null),
  hugoDate('tomorrow', 'tomorrow', null),
  hugoDate('toml-datetime', '2024-01-02T10:00:00Z', '2024-01-02T10:00:00Z', true),
  hugoDate('toml-string', '"2024-01-02 10:00:00 +0100"', '2024-01-02T09:00:00Z', true),
  hugoDate('toml-bad-string', '"2 January 2024"', '2024-01-02T00:00:00Z', true),
  { id: 'tags-string', lines: ['title: tags-string', 'tags: one'], means: { tags: 'one' } },
  { id: 'tags-list', lines: ['title: tags-list', 'tags: [one, two]'], means: { tags: 'one,two' } },
  { id: 'weight-string', lines: ['title: weight-string', 'weight: "5"'], means: { weight: '5' } },
  { id: 'crlf-yaml', crlf: true, lines: ['date: 2024-01-02T10:00:00Z', 'title: crlf-yaml'], means: { title: 'crlf-yaml', date: '2024-01-02T10:00:00Z' } },
  { id: 'crlf-toml', crlf: true, toml: true, lines: ['date = 2024-01-02T10:00:00Z', 'title = "crlf-toml"'], means: { title: 'crlf-toml', date: '2024-01-02T10:00:00Z' } },
  { id: 'bom', bom: true, lines: ['title: bom'], means: { title: 'bom' } },
  { id: 'bad-yaml', lines: ['title: [bad'], means: { title: '[bad' } },
  { id: 'bad-toml', toml: true, lines: ['title = '], means: { title: '' } },
];
