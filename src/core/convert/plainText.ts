import MarkdownIt, { type Token } from 'markdown-it';
import type { PostModel } from '../post/postModel';
import { LineIndex, splitLines, type TextRange } from '../post/text';

/** A body section as plain text: what a thread can say, with Markdown's marks gone. */
export interface PlainSection {
  /** The heading's plain text; undefined for text before the first heading. */
  heading?: string;
  /** The heading's level (1 for `#`); 0 for text before the first heading. */
  level: number;
  /** One line each, in order: paragraphs, list items (`- ` or `3. `), table rows. */
  blocks: string[];
  /** The section's range in the document, to find the sections a selection touches. */
  range: TextRange;
}

// HTML is recognised so that it can be dropped; links stay as written (no linkify), quotes stay straight.
// Made on first use: building markdown-it (and its linkify tables) would otherwise cost every activation.
let markdownReader: MarkdownIt | undefined;
// Stryker disable next-line ObjectLiteral,BooleanLiteral: made once per process, before a mutant is switched on; the tests of HTML, links and quotes check the options
const markdown = (): MarkdownIt => (markdownReader ??= new MarkdownIt({ html: true, linkify: false, typographer: false }));

const SPACE_RUN = /[ \t\r\n]+/g;
const WEB_URL = /^https?:\/\//i;
const PHRASING_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b/i;

/** Reads every body section of a post as plain text, with one markdown-it parse of the whole body. */
export function plainSections(text: string, model: PostModel): PlainSection[] {
  const lines = splitLines(text);
  const bodyStartLine = model.frontMatter?.bodyStartLine ?? 0;
  // The front matter becomes blank lines, so markdown-it's line numbers stay the document's.
  const bodyStart = bodyStartLine < lines.length ? lines[bodyStartLine].start : text.length;
  const source = readerSource('\n'.repeat(bodyStartLine) + text.slice(bodyStart).replace(/^\uFEFF/, ''));

  const index = new LineIndex(text);
  const sectionOfLine = new Int32Array(lines.length).fill(-1);
  const sections: PlainSection[] = model.sections.map((section, sectionIndex) => {
    const first = index.positionAt(section.range.start).line;
    const last = index.positionAt(section.range.end).line;
    sectionOfLine.fill(sectionIndex, first, last + 1);
    return { blocks: [], level: section.heading?.level ?? 0, range: { ...section.range } };
  });

  const tokens = markdown().parse(source, {});
  let listMarker: string | undefined;
  let row: { line: number; cells: string[] } | undefined;
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (token.type === 'list_item_open') {
      listMarker = token.markup === '.' || token.markup === ')' ? `${token.info}${token.markup} ` : '- ';
    } else if (token.type === 'list_item_close') {
      listMarker = undefined;
    } else if (token.type === 'tr_open') {
      // markdown-it maps every table row and every block's inline run to its lines.
      row = { line: token.map![0], cells: [] };
    } else if (token.type === 'tr_close') {
      const cells = row!.cells.filter((cell) => cell !== '');
      if (cells.length > 0) sections[sectionOfLine[row!.line]]?.blocks.push(cells.join(' | '));
      row = undefined;
    } else if (token.type === 'inline') {
      const plain = inlinePlainText(token.children!);
      if (row !== undefined) {
        row.cells.push(plain);
        continue;
      }
      const line = token.map![0];
      const section = sections[sectionOfLine[line]];
      const isSectionHeading = tokens[position - 1]?.type === 'heading_open' && model.sections[sectionOfLine[line]]?.heading?.line === line;
      if (section === undefined || plain === '') continue;
      if (isSectionHeading) {
        section.heading = plain;
      } else {
        section.blocks.push(`${listMarker ?? ''}${plain}`);
        listMarker = undefined;
      }
    }
  }
  return sections;
}

// Bounded, so that an unclosed `{%` or `{{<` costs a bounded scan, never one to the end of the post.
const TEMPLATE_TAG = /\{%-?\s*(\w*)[^]{0,1000}?-?%\}|\{\{[<%][^]{0,1000}?[>%]\}\}|\{\{[^]{0,1000}?\}\}/g;
/** Liquid blocks whose content is code or a note to the writer, never text a reader sees. */
const HIDDEN_BLOCKS = new Set(['comment', 'highlight']);
/** A reference-style link definition: kramdown and Hugo read one anywhere, even right after a paragraph's line. */
const LINK_DEFINITION = /^ {0,3}\[[^\]^\n][^\]\n]{0,998}\]:[ \t]*\S[^\n]*$/gm;

/**
 * The body as markdown-it should read it: Liquid tags and Hugo shortcodes removed (with `{% comment %}` and
 * `{% highlight %}` blocks whole), and link definitions moved past the last line, where they still resolve
 * links but can never read as text. Their line breaks stay, so line numbers stay the document's.
 */
function readerSource(source: string): string {
  const blank = (from: number, to: number) => source.slice(from, to).replace(/[^\n]/g, '');
  let out = '';
  let copied = 0;
  let hidden: { name: string; start: number } | undefined;
  for (const match of source.matchAll(TEMPLATE_TAG)) {
    // Stryker disable next-line StringLiteral: a shortcode has no name, and no name ends or opens a hidden block
    const name = match[1] ?? '';
    const end = match.index + match[0].length;
    if (hidden !== undefined) {
      if (name !== `end${hidden.name}`) continue;
      out += source.slice(copied, hidden.start) + blank(hidden.start, end);
      copied = end;
      hidden = undefined;
    } else if (HIDDEN_BLOCKS.has(name)) {
      hidden = { name, start: match.index };
    } else {
      out += source.slice(copied, match.index) + blank(match.index, end);
      copied = end;
    }
  }
  out += source.slice(copied);
  const definitions: string[] = [];
  const withoutDefinitions = out.replace(LINK_DEFINITION, (definition) => {
    // Stryker disable next-line MethodExpression: up to three spaces before a definition are allowed where it goes too
    definitions.push(definition.trim());
    // Stryker disable next-line StringLiteral: the line stays, blank either way
    return ' '.repeat(definition.length);
  });
  return definitions.length === 0 ? withoutDefinitions : `${withoutDefinitions}\n\n${definitions.join('\n')}\n`;
}

/** An inline run as plain text: marks dropped, links as their text then their URL, images and HTML removed. */
function inlinePlainText(children: readonly Token[]): string {
  let out = '';
  // Stryker disable next-line ArrayDeclaration: every link_close follows its link_open, so nothing is taken from below the links pushed
  const openLinks: { start: number; href: string }[] = [];
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        out += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      case 'link_open':
        openLinks.push({ start: out.length, href: child.attrGet('href')! });
        break;
      case 'link_close': {
        // An autolink's text is its URL, so it is kept once, like a link whose text is its address.
        const link = openLinks.pop()!;
        if (!WEB_URL.test(link.href)) break;
        const url = markdown().normalizeLinkText(link.href);
        const shown = out.slice(link.start).trim();
        if (shown === '') break;
        if (sameAddress(shown, url)) out = `${out.slice(0, link.start)}${url}`;
        else out += ` ${url}`;
        break;
      }
      case 'html_inline':
        // A phrasing tag sits inside a word (`<b>x</b>`); any other tag (`<br>`, `<p>`) separates words.
        if (!PHRASING_TAG.test(child.content)) out += ' ';
        break;
      default:
        // Emphasis, strikethrough and their closings carry no text; images are dropped.
        break;
    }
  }
  return out.replace(SPACE_RUN, ' ').trim();
}

function sameAddress(shown: string, url: string): boolean {
  // Stryker disable next-line MethodExpression: upper or lower, both sides alike
  const bare = (address: string) => address.replace(WEB_URL, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
  return bare(shown) === bare(url);
}
