// What the Bluesky side computes, from atproto's own libraries and Node's, to check Threadwright's records against.
import { createHash } from 'node:crypto';
import { encode as encodeDagCbor } from '@ipld/dag-cbor';
import { cidForCbor } from '@atproto/lex-data';
import { jsonToLex } from '@atproto/lex-json';

/** SHA-256 from Node's own crypto, independent of the Web Crypto the hosts pass. */
export const nodeSha256 = async (bytes: Uint8Array): Promise<Uint8Array> => createHash('sha256').update(bytes).digest();

/** The CID a PDS gives a record: its JSON as sent, read into the IPLD model by atproto's own reader, DAG-CBOR, SHA-256. */
export async function pdsRecordCid(record: unknown): Promise<string> {
  const lex = jsonToLex(JSON.parse(JSON.stringify(record)));
  return (await cidForCbor(encodeDagCbor(lex))).toString();
}

/** The UTF-8 byte range of the first `part` in `text`, as a facet's index gives it. */
export function byteRange(text: string, part: string): { byteStart: number; byteEnd: number } {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`${part} is not in ${text}`);
  const bytes = (value: string) => new TextEncoder().encode(value).length;
  return { byteStart: bytes(text.slice(0, at)), byteEnd: bytes(text.slice(0, at)) + bytes(part) };
}
