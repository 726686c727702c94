// The thread preview's script inside the webview: draws the model the extension sends, patching only the cards that changed.
import type { DrawnFrom, FromWebview, PreviewModel, PreviewSetting, PreviewState, ToWebview } from '../protocol';
import { element, renderCard, renderNotice, renderThreadHeader } from './render';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const root = document.getElementById('preview') as HTMLElement;

/** A drawn piece of the page and the signature of the data it was drawn from. */
interface Drawn<T extends Element> {
  signature: string;
  element: T;
}

interface DrawnThread {
  section: HTMLElement;
  header: Drawn<HTMLElement>;
  list: HTMLOListElement;
}

const header = element('header', 'preview-header');
const postTitle = element('h1', 'post-title');
const platformLabel = element('label', 'platform-picker', 'Count for ');
const platformSelect = element('select', 'platform-select');
platformSelect.setAttribute('aria-label', 'Platform to count for');
platformLabel.append(platformSelect);
const editPlatforms = settingsLink('threadwright.platforms', 'Your platforms…', 'Choose the platforms Threadwright counts for (threadwright.platforms)');
const authorHint = element('p', 'author-hint', 'Cards show a placeholder name. ');
authorHint.append(settingsLink('threadwright.preview', 'Set your name and handle…', 'Open the threadwright.preview settings'));
const controls = element('div', 'preview-controls');
controls.append(platformLabel, editPlatforms);
header.append(postTitle, controls, authorHint);
const noticeSlot = element('div', 'notice-slot');
const threadsBox = element('div', 'threads');
root.append(header, noticeSlot, threadsBox);

let model: PreviewModel | undefined;
let state: PreviewState = vscode.getState() ?? {};
let restoreScroll = state.scrollY;
/** Until the first cards are drawn: then the preview scrolls to the post under the editor's cursor. */
let firstCards = true;
let drawnNotice = '';
const drawnThreads: DrawnThread[] = [];
const drawnCards = new Map<string, Drawn<HTMLLIElement>>();

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (message.type === 'update') draw(message.model);
  else if (message.type === 'activePost') markActive(message.postId, 'follow');
});

function draw(next: PreviewModel): void {
  const switched = model !== undefined && model.documentUri !== next.documentUri;
  model = next;
  if (switched) {
    drawnCards.clear();
    drawnThreads.splice(0).forEach((thread) => thread.section.remove());
  }
  postTitle.textContent = next.postTitle;
  drawPlatforms(next);
  drawNotice(next);
  next.threads.forEach((_thread, index) => drawThread(next, index));
  drawnThreads.splice(next.threads.length).forEach((thread) => thread.section.remove());
  const liveIds = new Set(next.threads.flatMap((thread) => thread.posts.map((card) => card.id)));
  for (const id of drawnCards.keys()) if (!liveIds.has(id)) drawnCards.delete(id);
  markActive(next.activePostId, firstCards && restoreScroll === undefined ? 'jump' : 'stay');
  if (next.threads.length > 0) firstCards = false;
  authorHint.hidden = !next.author.placeholder || next.threads.length === 0;

  saveState({ documentUri: next.documentUri, platform: next.platform, scrollY: switched ? 0 : window.scrollY });
  if (switched) window.scrollTo(0, 0);
  if (restoreScroll !== undefined && next.threads.length > 0) {
    window.scrollTo(0, restoreScroll);
    restoreScroll = undefined;
  }
}

function drawPlatforms(next: PreviewModel): void {
  const signature = JSON.stringify(next.platforms);
  if (platformSelect.dataset.signature !== signature) {
    const group = (label: string, enabled: boolean) => {
      const options = next.platforms.filter((platform) => platform.enabled === enabled).map(({ id, name }) => {
        const option = element('option', undefined, name);
        option.value = id;
        return option;
      });
      const optgroup = element('optgroup');
      optgroup.label = label;
      optgroup.append(...options);
      return options.length > 0 ? [optgroup] : [];
    };
    platformSelect.replaceChildren(...group('Your platforms', true), ...group('Other platforms', false));
    platformSelect.dataset.signature = signature;
  }
  platformSelect.value = next.platform;
  platformLabel.hidden = next.threads.length === 0;
  editPlatforms.hidden = next.threads.length === 0;
}

function settingsLink(setting: PreviewSetting, text: string, title: string): HTMLButtonElement {
  const button = element('button', 'link-button', text);
  button.type = 'button';
  button.title = title;
  button.addEventListener('click', () => vscode.postMessage({ type: 'openSettings', setting }));
  return button;
}

function drawNotice(next: PreviewModel): void {
  if (drawnNotice === (next.notice ?? '')) return;
  drawnNotice = next.notice ?? '';
  const notice = renderNotice(next);
  noticeSlot.replaceChildren(...(notice === undefined ? [] : [notice]));
}

function drawThread(next: PreviewModel, index: number): void {
  const thread = next.threads[index];
  let drawn = drawnThreads[index];
  if (drawn === undefined) {
    const section = element('section', 'thread');
    section.setAttribute('aria-labelledby', `thread-title-${index}`);
    const list = element('ol', 'post-list');
    drawn = { section, header: { signature: '', element: element('header') }, list };
    section.append(drawn.header.element, list);
    threadsBox.append(section);
    drawnThreads[index] = drawn;
  }
  drawn.section.dataset.threadIndex = String(index);
  const headerSignature = JSON.stringify([thread.title, thread.posts.length, thread.overLimit, thread.problems]);
  if (drawn.header.signature !== headerSignature) {
    const fresh = renderThreadHeader(thread, index);
    drawn.header.element.replaceWith(fresh);
    drawn.header = { signature: headerSignature, element: fresh };
  }
  const cards = thread.posts.map((card, position) => {
    const withImage = position === 0;
    const signature = JSON.stringify([card.label, card.segments, card.length, card.limit, card.problems, next.author, withImage ? next.image : null]);
    const existing = drawnCards.get(card.id);
    if (existing !== undefined && existing.signature === signature) return existing.element;
    const fresh = renderCard(card, next, withImage);
    drawnCards.set(card.id, { signature, element: fresh });
    return fresh;
  });
  placeChildren(drawn.list, cards);
}

/** Puts exactly `children` in `parent`, in order, without touching the ones already in place (they keep focus). */
function placeChildren(parent: HTMLElement, children: readonly HTMLElement[]): void {
  children.forEach((child, index) => {
    const current = parent.children.item(index);
    if (current !== child) parent.insertBefore(child, current);
  });
  while (parent.children.length > children.length) parent.lastElementChild?.remove();
}

/** How the page moves to the active card: `jump` there when the preview opens, `follow` the cursor smoothly, or `stay`. */
type Reveal = 'jump' | 'follow' | 'stay';

function markActive(postId: string | undefined, reveal: Reveal): void {
  for (const card of root.querySelectorAll<HTMLElement>('.post-card')) {
    const active = card.dataset.postId === postId;
    card.classList.toggle('is-active', active);
    if (active) card.setAttribute('aria-current', 'true');
    else card.removeAttribute('aria-current');
    if (active && reveal !== 'stay') card.scrollIntoView({ block: 'nearest', behavior: reveal === 'jump' || reducedMotion.matches ? 'auto' : 'smooth' });
  }
}

function saveState(next: PreviewState): void {
  state = next;
  vscode.setState(state);
}

/** The drawing the page shows, sent with every action so the extension can refuse one made on an outdated drawing. */
function drawnFrom(): DrawnFrom | undefined {
  return model === undefined ? undefined : { documentUri: model.documentUri, documentVersion: model.documentVersion };
}

function cardOf(target: EventTarget | null): HTMLElement | undefined {
  return target instanceof Element ? (target.closest<HTMLElement>('.post-card') ?? undefined) : undefined;
}

root.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  if (target === null || target.closest('a') !== null) return;
  const button = target.closest<HTMLElement>('[data-action]');
  const drawn = drawnFrom();
  if (drawn === undefined) return;
  const postId = cardOf(target)?.dataset.postId;
  const threadIndex = target.closest<HTMLElement>('.thread')?.dataset.threadIndex;
  switch (button?.dataset.action) {
    case 'copy-post':
      if (postId !== undefined) vscode.postMessage({ type: 'copyPost', postId, ...drawn });
      return;
    case 'post-on-x':
      if (postId !== undefined) vscode.postMessage({ type: 'postOnX', postId, ...drawn });
      return;
    case 'copy-thread':
      if (threadIndex !== undefined) vscode.postMessage({ type: 'copyThread', threadIndex: Number(threadIndex), ...drawn });
      return;
    case 'publish-thread':
      if (threadIndex !== undefined) vscode.postMessage({ type: 'publishThread', threadIndex: Number(threadIndex), ...drawn });
      return;
    case 'convert':
      vscode.postMessage({ type: 'convertToThread', ...drawn });
      return;
  }
  if (postId !== undefined) vscode.postMessage({ type: 'revealPost', postId, ...drawn });
});

root.addEventListener('keydown', (event) => {
  const card = cardOf(event.target);
  if (card === undefined || event.target !== card) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    const drawn = drawnFrom();
    if (card.dataset.postId !== undefined && drawn !== undefined) vscode.postMessage({ type: 'revealPost', postId: card.dataset.postId, ...drawn });
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const cards = Array.from(root.querySelectorAll<HTMLElement>('.post-card'));
    cards[cards.indexOf(card) + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
  }
});

platformSelect.addEventListener('change', () => {
  const platform = model?.platforms.find(({ id }) => id === platformSelect.value)?.id;
  if (platform !== undefined) vscode.postMessage({ type: 'selectPlatform', platform });
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => saveState({ ...state, scrollY: window.scrollY }), 100);
});

vscode.postMessage({ type: 'ready' });
