// @atproto/api's RichText takes one function from @atproto/common-web: the grapheme length of a text. The package
// it comes from builds an Intl.Segmenter as it loads, which would load ICU's break rules on every activation; the
// bundles count graphemes the same way (every segment of a default Intl.Segmenter) with one made on first use.
let segmenter;

export function graphemeLen(text) {
  segmenter ??= new Intl.Segmenter();
  let length = 0;
  const segments = segmenter.segment(text)[Symbol.iterator]();
  while (!segments.next().done) length++;
  return length;
}
