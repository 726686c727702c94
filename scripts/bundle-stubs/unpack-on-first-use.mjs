// The text of a library group the bundles carry deflated in base64 (see load-on-first-use in scripts/build.mjs),
// unpacked with fflate's inflate alone: pure JavaScript, the same in Node and the web worker.
import { inflateSync, strFromU8 } from 'fflate/browser';

export function unpack(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return strFromU8(inflateSync(bytes));
}
