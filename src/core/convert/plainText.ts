import MarkdownIt, { type Token } from 'markdown-it';
import type { PostModel } from '../postModel';
import { LineIndex, splitLines, type TextRange } from '../text';

/** A body section as plain text: what a thread can say, with Markdown's marks gone. */
export interface PlainSection {
  /** The heading's plain text; undefined for text before the first heading. */
  heading?: string;
  /** One line each, in order: paragraphs, list items (`- ` or `3. `), table rows. */
  blocks: string[];
  /** The section's range in the document, to find the sections a selection touches. */
  range: TextRange;
}

// HTML is recognised so that it can be dropped; links stay as written (no linkify), quotes stay straight.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

const SPACE_RUN = /[ \t\r\n]+/g;
const WEB_URL = /^https?:\/\//i;
const PHRASING_TAG = /^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b/i;

/** Reads every body section of a post as plain text, with one markdown-it parse of the whole body. */
export function plainSections(text: string, model: PostModel): PlainSection[] {
  const lines = splitLines(text);
  const bodyStartLine = model.frontMatter?.bodyStartLine ?? 0;
  // The front matter becomes blank lines, so markdown-it's line numbers stay the document's.
  const bodyStart = bodyStartLine < lines.length ? lines[bodyStartLine].start : text.length;
  const source = '\n'.repeat(bodyStartLine) + text.slice(bodyStart).replace(/^\uFEFF/, '');

  const index = new LineIndex(text);
  const sectionOfLine = new Int32Array(lines.length).fill(-1);
  const sections: PlainSection[] = model.sections.map((section, sectionIndex) => {
    const first = index.positionAt(section.range.start).line;
    const last = index.positionAt(section.range.end).line;
    sectionOfLine.fill(sectionIndex, first, last + 1);
    return { blocks: [], range: { ...section.range } };
  });

  const tokens = markdown.parse(source, {});
  let listMarker: string | undefined;
  let row: { line: number; cells: string[] } | undefined;
  for (let position = 0; position < tokens.length; position++) {
    const token = tokens[position];
    if (token.type === 'list_item_open') {
      listMarker = token.markup === '.' || token.markup === ')' ? `${token.info}${token.markup} ` : '- ';
    } else if (token.type === 'list_item_close') {
      listMarker = undefined;
    } else if (token.type === 'tr_open') {
      row = { line: token.map?.[0] ?? -1, cells: [] };
    } else if (token.type === 'tr_close' && row !== undefined) {
      const cells = row.cells.filter((cell) => cell !== '');
      if (cells.length > 0) sections[sectionOfLine[row.line]]?.blocks.push(cells.join(' | '));
      row = undefined;
    } else if (token.type === 'inline') {
      const plain = inlinePlainText(token.children ?? []);
      if (row !== undefined) {
        row.cells.push(plain);
        continue;
      }
      const line = token.map?.[0] ?? -1;
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

/** An inline run as plain text: marks dropped, links as their text then their URL, images and HTML removed. */
function inlinePlainText(children: readonly Token[]): string {
  let out = '';
  const openLinks: { start: number; href: string; autolink: boolean }[] = [];
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
        openLinks.push({ start: out.length, href: child.attrGet('href') ?? '', autolink: child.markup === 'autolink' });
        break;
      case 'link_close': {
        const link = openLinks.pop();
        if (link === undefined || link.autolink || !WEB_URL.test(link.href)) break;
        const url = markdown.normalizeLinkText(link.href);
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
  const bare = (address: string) => address.replace(WEB_URL, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
  return bare(shown) === bare(url);
}
