// The messages between the extension and the thread preview webview; both sides compile against this file.
import type { PlatformId } from './core/count/platforms';
import type { ThreadCards } from './core/preview/threadCards';

/** Everything the webview draws, computed in the extension. */
export interface PreviewModel {
  /** Grows with every model the extension sends, so acknowledgements can be matched. */
  revision: number;
  documentUri: string;
  /** The post's title (front matter `title`, else its first heading, else its file name). */
  postTitle: string;
  /** `placeholder` is true while the name and handle are the defaults, so the preview says where to set them. */
  author: { name: string; handle: string; initials: string; placeholder: boolean };
  /** The platform the cards are counted for, and every platform: the enabled ones (`threadwright.platforms`) first. */
  platform: PlatformId;
  platforms: { id: PlatformId; name: string; enabled: boolean }[];
  /** The front matter `image`, as a webview URI, when the file exists in the workspace. */
  image?: { src: string; alt: string };
  threads: ThreadCards[];
  /** Why there are no cards, when there are none. */
  notice?: 'no-threads' | 'too-large' | 'no-document';
  activePostId?: string;
}

/** Messages the extension posts to the webview. */
export type ToWebview =
  | { type: 'update'; model: PreviewModel }
  | { type: 'activePost'; postId: string | undefined };

/** What the webview reports it drew: one entry per card, read back from the DOM. */
export interface RenderedCard {
  id: string;
  label: string;
  text: string;
  count: string;
  /** Why the post does not fit (`754 bytes over`), empty when it fits. */
  verdict: string;
}

/** Messages the webview posts to the extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'rendered'; revision: number; cards: RenderedCard[] }
  | { type: 'revealPost'; postId: string }
  | { type: 'copyPost'; postId: string }
  | { type: 'copyThread'; threadIndex: number }
  | { type: 'postOnX'; postId: string }
  | { type: 'selectPlatform'; platform: string }
  | { type: 'convertToThread' }
  | { type: 'openSettings'; setting: PreviewSetting };

/** The settings the preview links to. */
export type PreviewSetting = 'threadwright.platforms' | 'threadwright.preview';

/** What the webview keeps with `setState`, so a reload or a restored window shows the same post and place. */
export interface PreviewState {
  documentUri?: string;
  platform?: string;
  scrollY?: number;
}
