// @atproto/api's RichText asks its generated client only whether a facet's feature is a link, a mention or a tag.
// The bundles leave that client (and its megabyte of lexicons) out and answer the three questions here, as the
// client's own `is$typed` answers them for a `#hash` type: an object whose `$type` is the facet's id and hash.
const featureOf = (hash) => (value) => value !== null && typeof value === 'object' && value.$type === `app.bsky.richtext.facet#${hash}`;

export const AppBskyRichtextFacet = { isLink: featureOf('link'), isMention: featureOf('mention'), isTag: featureOf('tag') };
