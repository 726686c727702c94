import tlds from 'tlds';

/** The top-level domains `@atproto/api` accepts for a bare domain, from the same `tlds` list it reads. */
const KNOWN_TLDS = new Set(tlds);

/** True when a bare domain ends in a known top-level domain, compared as written (the library does not fold case). */
export function isKnownTld(domain: string): boolean {
  return KNOWN_TLDS.has(domain.slice(domain.lastIndexOf('.') + 1));
}
