// The messages between the extension and the thread preview webview; both sides compile against this file.
import type { PlatformId } from './core/count/platforms';
import type { DrawnFrom } from './core/preview/staleAction';
import type { ThreadCards } from './core/preview/threadCards';

export type { DrawnFrom } from './core/preview/staleAction';

/** Everything the webview draws, computed in the extension. */
export interface PreviewModel {
  /** Grows with every model the extension sends, so a newer one supersedes an older one. */
  revision: number;
  documentUri: string;
  /** The version of the document the model was drawn from (0 when there is none); actions send it back. */
  documentVersion: number;
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

/** Messages the webview posts to the extension; those that act on a post name the drawing they were clicked on. */
export type FromWebview =
  | { type: 'ready' }
  | ({ type: 'revealPost'; postId: string } & DrawnFrom)
  | ({ type: 'copyPost'; postId: string } & DrawnFrom)
  | ({ type: 'copyThread'; threadIndex: number } & DrawnFrom)
  | ({ type: 'publishThread'; threadIndex: number } & DrawnFrom)
  | ({ type: 'postOnX'; postId: string } & DrawnFrom)
  | ({ type: 'convertToThread' } & DrawnFrom)
  | { type: 'selectPlatform'; platform: PlatformId }
  | { type: 'openSettings'; setting: PreviewSetting };

/** The page actions that must be refused when the document changed since the drawing they were clicked on. */
export type PostAction = Extract<FromWebview, DrawnFrom>;

/** The settings the preview links to. */
export type PreviewSetting = 'threadwright.platforms' | 'threadwright.preview';

/** What the webview keeps with `setState`, so a reload or a restored window shows the same post and place. */
export interface PreviewState {
  documentUri?: string;
  platform?: PlatformId;
  scrollY?: number;
}
