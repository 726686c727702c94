import type { Thread } from '../post/postModel';
import { blueskyPostUrl, blueskyThreadWrites, mentionedHandles, type BlobRef, type BlueskyCreate } from './blueskyThread';
import { jsonOf, PublishCancelled, PublishError, serverSays, type PublishHost } from './http';
import { localBlobRef, type Sha256 } from './recordKeys';

/** The public PDS entry point, where most accounts sign in. */
export const DEFAULT_BLUESKY_SERVICE = 'https://bsky.social';

/** A signed-in session, as kept between runs (in SecretStorage by the extension). */
export interface BlueskySessionData {
  service: string;
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

/** An image for post 1: its bytes, type and alt text. */
export interface PublishImage {
  bytes: Uint8Array;
  mimeType: string;
  alt: string;
}

/** What a thread takes besides its posts: post 1's image, the language, the clock and SHA-256. */
export interface BlueskyThreadOptions {
  image?: PublishImage;
  lang?: string;
  now: Date;
  clockId: number;
  sha256: Sha256;
}

/** What went out: the records' URIs and CIDs, and the bsky.app link of each post. */
export interface BlueskyPublished {
  uris: string[];
  cids: string[];
  urls: string[];
}

/**
 * XRPC over `fetch` for one account: the session is created once (or restored) and refreshed when the server
 * says its access token expired, never per post. Passwords and tokens never reach an error message.
 */
export class BlueskyClient {
  private constructor(private readonly host: PublishHost, private data: BlueskySessionData, private readonly secrets: string[]) {}

  /** Signs in with a handle (or email) and an app password: `com.atproto.server.createSession`. */
  static async signIn(host: PublishHost, service: string, identifier: string, appPassword: string): Promise<BlueskyClient> {
    const base = service.replace(/\/+$/, '');
    const response = await host.fetch(`${base}/xrpc/com.atproto.server.createSession`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier, password: appPassword }),
    });
    const body = await jsonOf(response);
    if (response.status !== 200 || typeof body?.accessJwt !== 'string' || typeof body.refreshJwt !== 'string') {
      const said = serverSays(body, [appPassword]);
      throw new PublishError(response.status === 401
        ? `Bluesky did not accept the handle and app password${said ? ` (${said})` : ''}. Check them, or create a new app password under Settings › Privacy and security › App passwords.`
        : `Bluesky sign-in failed at ${base} (HTTP ${response.status}${said ? `: ${said}` : ''}). Check the PDS URL and try again.`, response.status);
    }
    const data = { service: base, did: String(body.did), handle: String(body.handle), accessJwt: body.accessJwt, refreshJwt: body.refreshJwt };
    return new BlueskyClient(host, data, [appPassword, data.accessJwt, data.refreshJwt]);
  }

  /** Continues a session kept from an earlier run. */
  static restore(host: PublishHost, data: BlueskySessionData): BlueskyClient {
    return new BlueskyClient(host, data, [data.accessJwt, data.refreshJwt]);
  }

  /** The session as it stands now (refreshed tokens included), to keep for the next run. */
  get session(): BlueskySessionData {
    return { ...this.data };
  }

  /** The account, as records and confirmations name it. */
  get account(): string {
    return `@${this.data.handle}`;
  }

  /**
   * Posts a whole thread in one atomic `com.atproto.repo.applyWrites`: mentions resolved, the image uploaded
   * first, then every record at once; nothing is posted when any part is refused.
   */
  async publishThread(thread: Thread, options: BlueskyThreadOptions): Promise<BlueskyPublished> {
    const writes = await this.prepareWrites(thread, options);
    const result = await this.call('com.atproto.repo.applyWrites', { repo: this.data.did, validate: true, writes });
    const results = Array.isArray(result.results) ? (result.results as { uri?: unknown; cid?: unknown }[]) : [];
    if (results.length !== writes.length) throw new PublishError('Bluesky answered the thread with an unexpected reply; check your profile before posting again.');
    return {
      uris: results.map((entry) => String(entry.uri)),
      cids: results.map((entry) => String(entry.cid)),
      urls: writes.map((write) => blueskyPostUrl(this.data.handle, write.rkey)),
    };
  }

  /**
   * The writes `publishThread` sends, built after resolving mentions and uploading the image; a dry run
   * (`upload` false) computes the image's blob ref locally instead, exactly as the PDS will.
   */
  async prepareWrites(thread: Thread, options: BlueskyThreadOptions, upload = true): Promise<BlueskyCreate[]> {
    const mentionDids = new Map<string, string>();
    for (const handle of mentionedHandles(thread)) {
      const did = await this.resolveHandle(handle);
      if (did !== undefined) mentionDids.set(handle, did);
    }
    const image = options.image === undefined ? undefined : {
      blob: upload ? await this.uploadBlob(options.image) : await localBlobRef(options.image.bytes, options.image.mimeType, options.sha256),
      alt: options.image.alt,
    };
    return blueskyThreadWrites(thread, { repo: this.data.did, mentionDids, image, lang: options.lang, now: options.now, clockId: options.clockId, sha256: options.sha256 });
  }

  private async resolveHandle(handle: string): Promise<string | undefined> {
    try {
      const body = await this.call('com.atproto.identity.resolveHandle', undefined, `handle=${encodeURIComponent(handle)}`);
      return typeof body.did === 'string' ? body.did : undefined;
    } catch (error) {
      if (error instanceof PublishError && error.status === 400) return undefined;
      throw error;
    }
  }

  private async uploadBlob(image: PublishImage): Promise<BlobRef> {
    const body = await this.call('com.atproto.repo.uploadBlob', image.bytes, undefined, image.mimeType);
    const blob = body.blob as BlobRef | undefined;
    if (blob?.ref?.$link === undefined) throw new PublishError('Bluesky did not accept the image; try a smaller PNG or JPEG (under 1 MB).');
    return blob;
  }

  /** One XRPC call with the access token, refreshing the session once when the server says it expired. */
  private async call(nsid: string, input?: unknown, query?: string, contentType = 'application/json'): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      if (this.host.cancelled()) throw new PublishCancelled();
      const response = await this.host.fetch(`${this.data.service}/xrpc/${nsid}${query === undefined ? '' : `?${query}`}`, {
        method: input === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${this.data.accessJwt}`, ...(input === undefined ? {} : { 'content-type': contentType }) },
        body: input === undefined ? undefined : input instanceof Uint8Array ? input : JSON.stringify(input),
      });
      const body = await jsonOf(response);
      if (response.status === 200) return body ?? {};
      if (attempt === 0 && (body?.error === 'ExpiredToken' || response.status === 401)) {
        await this.refresh();
        continue;
      }
      const said = serverSays(body, this.secrets);
      throw new PublishError(`Bluesky refused ${nsid} (HTTP ${response.status}${said ? `: ${said}` : ''}). Nothing of this thread was posted; fix the cause and publish again.`, response.status);
    }
  }

  /** `com.atproto.server.refreshSession`: new tokens from the refresh token, once per expiry. */
  private async refresh(): Promise<void> {
    const response = await this.host.fetch(`${this.data.service}/xrpc/com.atproto.server.refreshSession`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.data.refreshJwt}` },
    });
    const body = await jsonOf(response);
    if (response.status !== 200 || typeof body?.accessJwt !== 'string' || typeof body.refreshJwt !== 'string') {
      throw new PublishError('The Bluesky session has expired. Sign in again (Threadwright: Publish Thread… asks for the app password).', response.status);
    }
    this.data = { ...this.data, accessJwt: body.accessJwt, refreshJwt: body.refreshJwt };
    this.secrets.push(body.accessJwt, body.refreshJwt);
  }
}
