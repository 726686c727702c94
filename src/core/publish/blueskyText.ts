import { RichText } from '@atproto/api';
import { toShortUrl } from '../count/blueskyProfile';
import { utf8Length } from '../count/graphemes';

/** A facet as `app.bsky.richtext.facet` stores it: a UTF-8 byte range of the text and what it means. */
export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: FacetFeature[];
}

/** A link, a mention (by DID) or a hashtag. */
export type FacetFeature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#mention'; did: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

/** A post's text as it goes to Bluesky: links shortened as the app shows (and Threadwright counts) them, with facets. */
export interface BlueskyText {
  text: string;
  facets: Facet[];
  /** Handles of the mentions, whose facets wait for a DID until they are resolved. */
  mentions: string[];
}

const MENTION = 'app.bsky.richtext.facet#mention';
const LINK = 'app.bsky.richtext.facet#link';

/**
 * Finds links, mentions and hashtags with `@atproto/api`'s RichText (the official app's detector), then shortens
 * each link's visible text with the same `toShortUrl` the Bluesky count uses, keeping the full URL in its facet.
 */
export function blueskyText(text: string): BlueskyText {
  const rich = new RichText({ text });
  rich.detectFacetsWithoutResolution();
  for (const facet of rich.facets ?? []) {
    if (!facet.features.some((feature) => feature.$type === LINK)) continue;
    const { byteStart, byteEnd } = facet.index;
    const url = rich.unicodeText.slice(byteStart, byteEnd);
    const short = toShortUrl(url);
    if (short === url) continue;
    rich.insert(byteStart, short);
    const shortBytes = utf8Length(short);
    facet.index.byteStart = byteStart;
    facet.index.byteEnd = byteStart + shortBytes;
    rich.delete(byteStart + shortBytes, byteEnd + shortBytes);
  }
  const facets: Facet[] = (rich.facets ?? []).map((facet) => ({
    index: { byteStart: facet.index.byteStart, byteEnd: facet.index.byteEnd },
    features: facet.features.map((feature) => ({ ...feature }) as FacetFeature),
  }));
  const mentions = facets.flatMap((facet) => facet.features.flatMap((feature) => (feature.$type === MENTION ? [feature.did] : [])));
  return { text: rich.text, facets, mentions };
}

/**
 * Gives each mention facet the DID its handle resolved to; mentions whose handle did not resolve lose their facet
 * (the text stays), as the app leaves an unknown handle plain.
 */
export function withMentionDids(facets: readonly Facet[], didOf: ReadonlyMap<string, string>): Facet[] {
  return facets.flatMap((facet) => {
    const features = facet.features.flatMap((feature): FacetFeature[] => {
      if (feature.$type !== MENTION) return [feature];
      const did = didOf.get(feature.did.toLowerCase());
      return did === undefined ? [] : [{ ...feature, did }];
    });
    return features.length === 0 ? [] : [{ index: { ...facet.index }, features }];
  });
}
