import { findFrontMatter, type FrontMatterBlock } from './frontMatterBlock';
import { classifyLines, type LineKind } from './markdownLines';
import { publishedSlice, splitLines, type Line, type TextRange } from './text';

/** A Markdown heading of the post body. */
export interface Heading {
  level: number;
  text: string;
  /** The heading's line, without its line break. */
  range: TextRange;
  line: number;
}

/** A heading and the blocks under it, up to the next heading; the unit the convert command works on. */
export interface Section {
  /** Undefined for text that comes before the first heading. */
  heading?: Heading;
  range: TextRange;
}

/** The `N/M` numbering at the start of a post. */
export interface PostLabel {
  number: number;
  total: number;
  /** The label itself, e.g. `8/10` (without the space after it). */
  range: TextRange;
}

/** One post of a thread, from its label to its last non-blank line. */
export interface ThreadPost {
  label: PostLabel;
  range: TextRange;
  line: number;
  /** What gets published: the post's lines joined with `\n`, label included. */
  text: string;
  /** Offsets in `text` of the line breaks that are `\r\n` in the document (empty for LF files). */
  crlfBreaks: number[];
}

/** One thread of the threads block. */
export interface Thread {
  title: string;
  /** The platform a heading names, e.g. `bluesky` for `### Bluesky thread: "…"`, lower-cased. */
  platform?: string;
  heading?: Heading;
  range: TextRange;
  posts: ThreadPost[];
}

/** The section under the `Twitter threads` heading, holding the hand-written threads. */
export interface ThreadsBlock {
  heading: Heading;
  range: TextRange;
  threads: Thread[];
}

/** Everything Threadwright reads from a post, as plain data with ranges into the original text. */
export interface PostModel {
  /** True when the text starts with a byte order mark. */
  bom: boolean;
  frontMatter?: FrontMatterBlock;
  sections: Section[];
  threadsBlock?: ThreadsBlock;
}

/** Options that change how a post is read. */
export interface ParseOptions {
  /** Heading texts that start the threads block, compared ignoring case and a trailing colon. */
  threadsHeadings: readonly string[];
}

export const DEFAULT_THREADS_HEADINGS: readonly string[] = ['Twitter threads', 'Threads', 'X threads'];

/** The `N/M ` that starts a post's first line. */
export const POST_LABEL = /^(\d{1,4})\/(\d{1,4}) /;
const THREAD_HEADING = /^(?:([\p{L}\p{N}][\p{L}\p{N} .-]*?)\s+)?thread\s*:\s*(.*)$/iu;
const QUOTED = /^["“”'‘’](.*)["“”'‘’]$/su;

/** Parses a whole post: the single entry point every feature and the CLI read documents through. */
export function parsePost(text: string, options: ParseOptions = { threadsHeadings: DEFAULT_THREADS_HEADINGS }): PostModel {
  const lines = splitLines(text);
  const frontMatter = findFrontMatter(text, lines);
  const bodyStart = frontMatter?.bodyStartLine ?? 0;
  const kinds = classifyLines(text, lines);
  const blockNames = new Set(options.threadsHeadings.map(normaliseHeadingName));

  let blockStart = -1;
  for (let index = bodyStart; index < lines.length && blockStart === -1; index++) {
    const kind = kinds[index];
    if (kind.type === 'heading' && blockNames.has(normaliseHeadingName(kind.text))) blockStart = index;
  }
  let blockEnd = lines.length;
  if (blockStart !== -1) {
    const level = (kinds[blockStart] as { level: number }).level;
    for (let index = blockStart + 1; index < lines.length; index++) {
      const kind = kinds[index];
      if (kind.type === 'heading' && kind.level <= level) {
        blockEnd = index;
        break;
      }
    }
  }
  const reader = new LineReader(text, lines, kinds);
  const sections = [
    ...reader.sections(bodyStart, blockStart === -1 ? lines.length : blockStart),
    ...(blockStart === -1 ? [] : reader.sections(blockEnd, lines.length)),
  ];
  return {
    bom: text.charCodeAt(0) === 0xfeff,
    frontMatter,
    sections,
    threadsBlock: blockStart === -1 ? undefined : reader.threadsBlock(blockStart, blockEnd),
  };
}

function normaliseHeadingName(name: string): string {
  return name.trim().replace(/:$/, '').trim().toLowerCase();
}

/** Walks classified lines and builds sections, threads and posts from them. */
class LineReader {
  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
    private readonly kinds: readonly LineKind[],
  ) {}

  sections(from: number, to: number): Section[] {
    const sections: Section[] = [];
    let current: { heading?: Heading; start: number; lastContent: number } | undefined;
    const close = () => {
      if (current !== undefined && (current.heading !== undefined || current.lastContent !== -1)) {
        const startLine = current.heading?.line ?? current.start;
        const endLine = Math.max(current.lastContent, startLine);
        sections.push({ heading: current.heading, range: { start: this.lines[startLine].start, end: this.lines[endLine].end } });
      }
    };
    for (let index = from; index < to; index++) {
      const kind = this.kinds[index];
      if (kind.type === 'heading') {
        close();
        current = { heading: this.heading(index), start: index, lastContent: index };
      } else if (kind.type !== 'blank') {
        current ??= { start: index, lastContent: -1 };
        current.lastContent = index;
      }
    }
    close();
    return sections;
  }

  threadsBlock(from: number, to: number): ThreadsBlock {
    const lastLine = this.lines[to - 1];
    return { heading: this.heading(from), range: { start: this.lines[from].start, end: lastLine.end }, threads: this.threads(from + 1, to) };
  }

  /** The threads and posts of the lines `[from, to)`, which lie inside a threads block. */
  threads(from: number, to: number): Thread[] {
    const threads: Thread[] = [];
    let thread: Thread | undefined;
    let post: { label: PostLabel; line: number; lastLine: number } | undefined;
    const closePost = () => {
      if (post !== undefined && thread !== undefined) thread.posts.push(this.post(post.label, post.line, post.lastLine));
      post = undefined;
    };
    const closeThread = () => {
      closePost();
      if (thread !== undefined && (thread.heading !== undefined || thread.posts.length > 0)) {
        const lastPost = thread.posts.at(-1);
        thread.range = { start: thread.range.start, end: lastPost?.range.end ?? thread.range.end };
        threads.push(thread);
      }
      thread = undefined;
    };
    for (let index = from; index < to; index++) {
      const kind = this.kinds[index];
      const line = this.lines[index];
      if (kind.type === 'heading') {
        closeThread();
        thread = this.thread(this.heading(index));
      } else if (kind.type === 'thematicBreak') {
        closePost();
      } else if (kind.type !== 'blank') {
        const label = kind.type === 'text' ? POST_LABEL.exec(this.text.slice(line.start, line.end)) : null;
        if (label !== null) {
          closePost();
          thread ??= { title: '', range: { start: line.start, end: line.end }, posts: [] };
          const labelEnd = line.start + label[0].length - 1;
          post = {
            label: { number: Number(label[1]), total: Number(label[2]), range: { start: line.start, end: labelEnd } },
            line: index,
            lastLine: index,
          };
        } else if (post !== undefined) {
          post.lastLine = index;
        }
      }
    }
    closeThread();
    return threads;
  }

  private heading(index: number): Heading {
    const kind = this.kinds[index] as { level: number; text: string };
    const line = this.lines[index];
    return { level: kind.level, text: kind.text, range: { start: line.start, end: line.end }, line: index };
  }

  private thread(heading: Heading): Thread {
    const match = THREAD_HEADING.exec(heading.text);
    const title = match === null ? heading.text : match[2].trim().replace(QUOTED, '$1');
    const platform = match?.[1]?.toLowerCase();
    return { title, platform, heading, range: { ...heading.range }, posts: [] };
  }

  private post(label: PostLabel, firstLine: number, lastLine: number): ThreadPost {
    const range = { start: this.lines[firstLine].start, end: this.lines[lastLine].end };
    const crlfBreaks: number[] = [];
    for (let index = firstLine; index < lastLine; index++) {
      const line = this.lines[index];
      if (line.endWithBreak - line.end === 2) crlfBreaks.push(line.end - range.start - crlfBreaks.length);
    }
    return { label, range, line: firstLine, text: publishedSlice(this.text, range), crlfBreaks };
  }
}

/** Posts read from a stretch of lines inside a threads block, and the line where the block ends (a heading at its level or above). */
export interface ThreadLines {
  threads: Thread[];
  /** The first line that is no longer in the block, or the line count when the block runs to the end. */
  endLine: number;
}

/**
 * Reads lines that lie inside a threads block (starting outside fenced code) with the grammar `parsePost` uses, so
 * the status bar can read just the lines around the cursor and still see the same posts as the full analysis.
 */
export function parseThreadLines(text: string, blockLevel: number): ThreadLines {
  const lines = splitLines(text);
  const kinds = classifyLines(text, lines);
  let endLine = lines.length;
  for (let index = 0; index < lines.length && endLine === lines.length; index++) {
    const kind = kinds[index];
    if (kind.type === 'heading' && kind.level <= blockLevel) endLine = index;
  }
  return { threads: new LineReader(text, lines, kinds).threads(0, endLine), endLine };
}

/** Maps an offset in a post's published text back to the document, which may use CRLF line breaks. */
export function documentOffsetOfPost(post: ThreadPost, offset: number): number {
  let shift = 0;
  while (shift < post.crlfBreaks.length && post.crlfBreaks[shift] < offset) shift++;
  return post.range.start + offset + shift;
}

/** Where a post sits in the model, for features that act on the post at the cursor or under a diagnostic. */
export interface PostPlace {
  threadIndex: number;
  postIndex: number;
  thread: Thread;
  post: ThreadPost;
}

/** The post whose range holds `offset` (its ends included), or undefined outside every post. */
export function postAtOffset(model: PostModel, offset: number): PostPlace | undefined {
  for (const [threadIndex, thread] of (model.threadsBlock?.threads ?? []).entries()) {
    const postIndex = thread.posts.findIndex((post) => post.range.start <= offset && offset <= post.range.end);
    if (postIndex !== -1) return { threadIndex, postIndex, thread, post: thread.posts[postIndex] };
  }
  return undefined;
}
