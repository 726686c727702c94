import { xPostIntentUrl } from '../preview/threadCards';

/** X's composer for one post of a thread: the first stands alone, every other replies to the post before it. */
export function xComposerUrl(text: string, inReplyTo?: string): string {
  return inReplyTo === undefined ? xPostIntentUrl(text) : `${xPostIntentUrl(text)}&in_reply_to=${encodeURIComponent(inReplyTo)}`;
}

const POST_LINK = /^https?:\/\/(?:(?:www|mobile)\.)?(?:x|twitter)\.com\/(?:([A-Za-z0-9_]{1,15})|i(?:\/web)?)\/status(?:es)?\/(\d{1,20})(?:[/?#]\S*)?$/i;

/** A link to a post on X, as the writer pastes it after posting. */
export interface XPostLink {
  id: string;
  /** The handle in the link, when it names one (`x.com/i/status/…` does not). */
  handle?: string;
  /** The link without query or fragment, as records keep it. */
  url: string;
}

/** Reads the post id from a pasted x.com or twitter.com link (with or without `?s=20` and the like); undefined when it is not one. */
export function parseXPostLink(pasted: string): XPostLink | undefined {
  const match = POST_LINK.exec(pasted.trim());
  if (match === null) return undefined;
  const [, handle, id] = match;
  return { id, handle, url: `https://x.com/${handle ?? 'i'}/status/${id}` };
}
