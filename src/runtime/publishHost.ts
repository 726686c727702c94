// Host services on the runtime's own globals (fetch, timers, Web Crypto), shared by the extension (desktop and web) and the CLI.
import type { PublishHost } from '../core/publish/http';
import type { Sha256 } from '../core/publish/recordKeys';

/**
 * The publishing clients' host on `fetch`, timers and Web Crypto alone, so the same code runs in the web
 * extension, the desktop one and the CLI.
 */
export function fetchPublishHost(cancelled: () => boolean = () => false): PublishHost {
  return {
    fetch: async (url, request) => fetch(url, { method: request.method, headers: request.headers, body: request.body }),
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    cancelled,
  };
}

/** SHA-256 through Web Crypto. */
export const webSha256: Sha256 = async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));

/** A random clock id for record keys, so two runs in one microsecond still differ. */
export function randomClockId(): number {
  return crypto.getRandomValues(new Uint16Array(1))[0] & 0x3ff;
}
