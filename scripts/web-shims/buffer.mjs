// Node's Buffer for the web extension build, where it does not exist: gray-matter keeps a byte copy of each
// input (`file.orig`) with `Buffer.from`; Threadwright never reads it, so bytes from TextEncoder are enough.
export const Buffer = {
  from: (value) => (typeof value === 'string' ? new TextEncoder().encode(value) : Uint8Array.from(value)),
  isBuffer: () => false,
};
