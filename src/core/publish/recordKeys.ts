import { encode as encodeDagCbor } from '@ipld/dag-cbor';
import { CID } from 'multiformats/cid';
import { create as createDigest } from 'multiformats/hashes/digest';
import type { BlobRef } from './blueskyThread';

const SORTABLE_BASE32 = '234567abcdefghijklmnopqrstuvwxyz';
const SHA2_256 = 0x12;
/** The multicodec code of DAG-CBOR, the codec of repository records. */
const DAG_CBOR = 0x71;

/**
 * A record key in the atproto TID form (13 sortable base-32 characters of microseconds and a clock id),
 * so a thread's keys, and so its reply refs, are known before anything is sent.
 */
export function tid(microseconds: number, clockId: number): string {
  let value = (BigInt(Math.floor(microseconds)) << 10n) | BigInt(clockId & 0x3ff);
  let key = '';
  for (let index = 0; index < 13; index++) {
    key = SORTABLE_BASE32[Number(value & 31n)] + key;
    value >>= 5n;
  }
  return key;
}

/** SHA-256 as the host offers it (Web Crypto in the extension and the CLI): the core does no hashing of its own. */
export type Sha256 = (bytes: Uint8Array) => Promise<Uint8Array>;

/**
 * The CID the repository will give a record: DAG-CBOR of its JSON form (`{$link}` read as a CID), hashed with
 * SHA-256. Reply refs carry it, so a thread can be written in one `applyWrites`.
 */
export async function recordCid(record: unknown, sha256: Sha256): Promise<string> {
  const bytes = encodeDagCbor(toIpld(record));
  const digest = createDigest(SHA2_256, await sha256(bytes));
  return CID.createV1(DAG_CBOR, digest).toString();
}

/** Lexicon JSON to the IPLD data model: `{$link}` objects become CIDs, undefined fields are left out. */
function toIpld(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toIpld);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  if (entries.length === 1 && entries[0][0] === '$link' && typeof entries[0][1] === 'string') return CID.parse(entries[0][1]);
  return Object.fromEntries(entries.map(([key, field]) => [key, toIpld(field)]));
}

const RAW = 0x55;

/** The blob ref a PDS gives uploaded bytes (a raw CIDv1 of their SHA-256), so a dry run shows post 1 exactly as it will be sent. */
export async function localBlobRef(bytes: Uint8Array, mimeType: string, sha256: Sha256): Promise<BlobRef> {
  const cid = CID.createV1(RAW, createDigest(SHA2_256, await sha256(bytes)));
  return { $type: 'blob', ref: { $link: cid.toString() }, mimeType, size: bytes.length };
}
