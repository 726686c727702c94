// Builds the preview's DOM from the model with createElement and textContent only: post text never becomes markup.
import type { CardProblem, PostCard, TextSegment, ThreadCards } from '../core/preview/threadCards';
import type { PreviewModel } from '../protocol';

const SVG_NS = 'http://www.w3.org/2000/svg';
const RING_RADIUS = 9;
const RING_LENGTH = 2 * Math.PI * RING_RADIUS;
/** X's composer warns when this few characters are left. */
const NEAR_LIMIT = 20;

/** Creates an element with a class and, optionally, its text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** True only for http(s) addresses: the one kind of link a card may carry. */
export function isWebLink(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** A button whose click the preview's single listener routes by `data-action`. */
export function actionButton(action: string, text: string, label: string): HTMLButtonElement {
  const button = element('button', `action action-${action}`, text);
  button.type = 'button';
  button.dataset.action = action;
  button.setAttribute('aria-label', label);
  button.title = label;
  return button;
}

/** The header of one thread: its title, how many posts it has and whether they all fit. */
export function renderThreadHeader(thread: ThreadCards, threadIndex: number): HTMLElement {
  const header = element('header', 'thread-header');
  const title = element('h2', 'thread-title', thread.title === '' ? `Thread ${threadIndex + 1}` : thread.title);
  title.id = `thread-title-${threadIndex}`;
  const posts = `${thread.posts.length} ${thread.posts.length === 1 ? 'post' : 'posts'}`;
  const fit = thread.overLimit === 0 ? 'all fit' : `${thread.overLimit} ${thread.overLimit === 1 ? 'does' : 'do'} not fit`;
  const summary = element('p', `thread-summary ${thread.overLimit === 0 ? 'is-fit' : 'is-over'}`, `${posts} · ${fit}`);
  const actions = element('div', 'thread-actions');
  actions.append(
    actionButton('copy-thread', 'Copy thread', `Copy the whole thread "${title.textContent}"`),
    actionButton('publish-thread', 'Publish…', `Publish the thread "${title.textContent}" to Bluesky, Mastodon or X`),
  );
  header.append(title, summary, actions);
  if (thread.problems.length > 0) header.append(renderProblems(thread.problems));
  return header;
}

/** One post card: avatar, author, the styled text, the image on a thread's first post, problems, the count and the actions. */
export function renderCard(card: PostCard, model: PreviewModel, withImage: boolean): HTMLLIElement {
  const near = card.limit - card.length < NEAR_LIMIT;
  const item = element('li', `post-card${!card.fits ? ' is-over' : near ? ' is-near' : ''}`);
  item.tabIndex = 0;
  item.dataset.postId = card.id;
  item.dataset.label = card.label;
  item.setAttribute('aria-label', `Post ${card.label}: ${card.length} of ${card.limit}${card.verdict === undefined ? '' : `, ${card.verdict}`}`);

  const avatar = element('div', 'avatar', model.author.initials);
  avatar.setAttribute('aria-hidden', 'true');
  const body = element('div', 'post-body');
  const meta = element('div', 'post-meta');
  meta.append(
    element('span', 'author-name', model.author.name),
    element('span', 'author-handle', `@${model.author.handle.replace(/^@/, '')}`),
    element('span', 'post-label', card.label),
  );
  const text = element('div', 'post-text');
  text.append(...card.segments.map(renderSegment));
  body.append(meta, text);
  if (withImage && model.image !== undefined) {
    const image = element('img', 'post-image');
    image.src = model.image.src;
    image.alt = model.image.alt;
    body.append(image);
  }
  if (card.problems.length > 0) body.append(renderProblems(card.problems));
  body.append(renderFooter(card, model));
  item.append(avatar, body);
  return item;
}

function renderSegment(segment: TextSegment): Node {
  const classes = [
    ...(segment.kind === 'text' ? [] : [`entity entity-${segment.kind}`]),
    ...(segment.overflow ? ['is-overflow'] : []),
    ...(segment.problem === undefined ? [] : [`has-problem problem-${segment.problem}`]),
  ].join(' ');
  if (segment.kind === 'url' && segment.href !== undefined && isWebLink(segment.href)) {
    const link = element('a', classes, segment.text);
    link.href = segment.href;
    link.title = segment.href;
    return link;
  }
  return classes === '' ? document.createTextNode(segment.text) : element('span', classes, segment.text);
}

function renderProblems(problems: readonly CardProblem[]): HTMLUListElement {
  const list = element('ul', 'post-problems');
  list.setAttribute('aria-label', 'Problems');
  for (const problem of problems) {
    const item = element('li', `post-problem problem-${problem.severity}`);
    item.append(element('span', 'problem-code', problem.code), element('span', 'problem-message', problem.message));
    list.append(item);
  }
  return list;
}

function renderFooter(card: PostCard, model: PreviewModel): HTMLElement {
  const footer = element('div', 'post-footer');
  const meter = element('span', 'post-meter');
  meter.append(renderRing(card.fits ? card.length / card.limit : 1), element('span', 'post-count', `${card.length}/${card.limit}`));
  if (card.verdict !== undefined) meter.append(element('span', 'post-verdict', card.verdict));
  const actions = element('span', 'post-actions');
  actions.append(
    actionButton('copy-post', 'Copy', `Copy post ${card.label}`),
    // X's composer takes the text from a link; for the other platforms the writer copies it.
    ...(model.platform === 'x' ? [actionButton('post-on-x', 'Post on X…', `Post ${card.label} on X`)] : []),
  );
  footer.append(meter, actions);
  return footer;
}

/** The composer's ring: it fills as the post grows (full when it does not fit) and turns red past the limit. */
function renderRing(fraction: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'post-ring');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const circle = (className: string) => {
    const node = document.createElementNS(SVG_NS, 'circle');
    node.setAttribute('class', className);
    node.setAttribute('cx', '12');
    node.setAttribute('cy', '12');
    node.setAttribute('r', String(RING_RADIUS));
    return node;
  };
  const progress = circle('ring-progress');
  const filled = Math.min(1, Math.max(0, fraction));
  progress.setAttribute('stroke-dasharray', String(RING_LENGTH));
  progress.setAttribute('stroke-dashoffset', String(RING_LENGTH * (1 - filled)));
  progress.setAttribute('transform', 'rotate(-90 12 12)');
  svg.append(circle('ring-track'), progress);
  return svg;
}

/** What the preview says when there are no cards to show. */
export function renderNotice(model: PreviewModel): HTMLElement | undefined {
  switch (model.notice) {
    case undefined:
      return undefined;
    case 'no-document':
      return notice('No post to preview', 'Open a Markdown post and run “Threadwright: Open Thread Preview”.');
    case 'too-large':
      return notice('This document is too large to preview', 'Raise “threadwright.maxDocumentSizeMB” to preview it.');
    case 'no-threads': {
      const box = notice('No threads yet', 'This post has no threads block: a “## Twitter threads” heading with “### Thread:” sections and numbered posts.');
      box.append(actionButton('convert', 'Convert Sections to Thread', 'Convert this post’s sections into a numbered thread'));
      return box;
    }
  }
}

function notice(title: string, text: string): HTMLElement {
  const box = element('section', 'empty-state');
  box.setAttribute('role', 'status');
  box.append(element('h2', 'empty-title', title), element('p', 'empty-text', text));
  return box;
}
