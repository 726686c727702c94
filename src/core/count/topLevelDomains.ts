import tlds from 'tlds';

/** The top-level domains `@atproto/api` accepts for a bare domain, from the same `tlds` list it reads; made on first use. */
let knownTlds: ReadonlySet<string> | undefined;

/** True when a bare domain ends in a known top-level domain, compared as written (the library does not fold case). */
export function isKnownTld(domain: string): boolean {
  // Stryker disable next-line AssignmentOperator: the set outlives a test run in Stryker's worker, so no test sees it unset
  knownTlds ??= new Set(tlds);
  return knownTlds.has(domain.slice(domain.lastIndexOf('.') + 1));
}
