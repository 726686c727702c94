import { contentWarningOf, statusTextOf } from '../count/mastodonProfile';
import type { Thread } from '../post/postModel';
import { hex, jsonOf, utf8, PublishCancelled, PublishError, retryAfterMilliseconds, serverSays, type HttpResponse, type PublishHost } from './http';
import type { ServerLimits } from './preflight';
import type { Sha256 } from './recordKeys';
import type { PublishImage } from './blueskyClient';

/** Who sees a status, in Mastodon's words. */
export type MastodonVisibility = 'public' | 'unlisted' | 'private' | 'direct';

/** How a thread goes out: the first post's visibility and the replies', so timelines are not flooded. */
export interface MastodonVisibilities {
  first: MastodonVisibility;
  replies: MastodonVisibility;
}

/** One status that went out. */
export interface MastodonPosted {
  id: string;
  url: string;
}

/** The outcome of a run: what went out, and the failure that stopped it (Resume continues from there). */
export interface MastodonRun {
  posted: MastodonPosted[];
  /** The thread's posts already out before this run, plus this run's. */
  total: number;
  failure?: PublishError;
}

/** Where to continue a thread that stopped part-way: the index of the next post and the id it replies to. */
export interface MastodonResume {
  from: number;
  inReplyToId: string;
}

const MAX_RATE_LIMIT_WAITS = 3;
const MEDIA_POLLS = 30;

/** A post as the status Mastodon is sent: its text without a `CW: …` line, and that line's warning as the spoiler text. */
export function statusFields(text: string): { status: string; spoiler_text?: string } {
  const contentWarning = contentWarningOf(text);
  return contentWarning === undefined ? { status: text } : { status: statusTextOf(text, contentWarning), spoiler_text: contentWarning.warning };
}

/** The Mastodon REST API over `fetch` for one account, with an access token that never reaches a message. */
export class MastodonClient {
  private readonly base: string;

  constructor(private readonly host: PublishHost, instance: string, private readonly token: string) {
    this.base = instance.replace(/\/+$/, '');
    if (!/^https?:\/\//.test(this.base)) this.base = `https://${this.base}`;
  }

  /** The server's own limits (`/api/v2/instance`), which the thread is counted with before it goes out. */
  async limits(): Promise<ServerLimits> {
    const body = await this.request('GET', '/api/v2/instance');
    const statuses = ((body.configuration as Record<string, unknown> | undefined)?.statuses ?? {}) as Record<string, unknown>;
    return {
      maxCharacters: typeof statuses.max_characters === 'number' ? statuses.max_characters : undefined,
      charactersPerUrl: typeof statuses.characters_reserved_per_url === 'number' ? statuses.characters_reserved_per_url : undefined,
    };
  }

  /** The signed-in account as `@user@server`, checked with the token (`verify_credentials`). */
  async account(): Promise<string> {
    const body = await this.request('GET', '/api/v1/accounts/verify_credentials');
    return `@${String(body.username ?? body.acct)}@${this.base.replace(/^https?:\/\//, '').split('/')[0]}`;
  }

  /**
   * Posts a thread as a reply chain, one status per post, each with an `Idempotency-Key` drawn from the account,
   * the post's place and its text: a retry or a Resume of a post that did reach the server returns the same status.
   * Stops at the first failure and says how far it got; `resume` continues after an earlier run's last post.
   */
  async publishThread(thread: Thread, options: {
    account: string;
    visibility: MastodonVisibilities;
    image?: PublishImage;
    lang?: string;
    sha256: Sha256;
    resume?: MastodonResume;
    onProgress?: (posted: number, total: number) => void;
  }): Promise<MastodonRun> {
    const from = options.resume?.from ?? 0;
    const posted: MastodonPosted[] = [];
    let inReplyTo = options.resume?.inReplyToId;
    try {
      const mediaIds = from === 0 && options.image !== undefined ? [await this.uploadMedia(options.image)] : [];
      for (let index = from; index < thread.posts.length; index++) {
        const text = thread.posts[index].text;
        const key = hex(await options.sha256(utf8(`${options.account}\n${index}\n${text}`))).slice(0, 40);
        const status = await this.request('POST', '/api/v1/statuses', {
          ...statusFields(text),
          visibility: index === 0 ? options.visibility.first : options.visibility.replies,
          ...(inReplyTo === undefined ? {} : { in_reply_to_id: inReplyTo }),
          ...(index === 0 && mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
          ...(options.lang === undefined ? {} : { language: options.lang }),
        }, { 'idempotency-key': key });
        inReplyTo = String(status.id);
        posted.push({ id: inReplyTo, url: String(status.url ?? status.uri) });
        options.onProgress?.(index + 1, thread.posts.length);
      }
      return { posted, total: from + posted.length };
    } catch (error) {
      if (!(error instanceof PublishError)) throw error;
      return { posted, total: from + posted.length, failure: error };
    }
  }

  /** Uploads post 1's image with its alt text (`/api/v2/media`), waiting while the server processes it. */
  private async uploadMedia(image: PublishImage): Promise<string> {
    const boundary = `threadwright${Math.random().toString(36).slice(2)}`;
    const extension = image.mimeType.split('/')[1] ?? 'bin';
    const body = multipart(boundary, [
      { name: 'description', value: image.alt },
      { name: 'file', filename: `image.${extension}`, contentType: image.mimeType, bytes: image.bytes },
    ]);
    const media = await this.request('POST', '/api/v2/media', body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    const id = String(media.id);
    for (let poll = 0; media.url === null && poll < MEDIA_POLLS; poll++) {
      await this.host.sleep(1000);
      const state = await this.request('GET', `/api/v1/media/${encodeURIComponent(id)}`, undefined, {}, [206]);
      if (state.url !== null && state.url !== undefined) return id;
    }
    return id;
  }

  /** One API call; waits out a 429 (`Retry-After`) a few times, and turns every other failure into a plain message. */
  private async request(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}, pending: number[] = []): Promise<Record<string, unknown>> {
    for (let waits = 0; ; waits++) {
      if (this.host.cancelled()) throw new PublishCancelled();
      let response: HttpResponse;
      try {
        response = await this.host.fetch(`${this.base}${path}`, {
          method,
          headers: { authorization: `Bearer ${this.token}`, ...(body === undefined || body instanceof Uint8Array ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : body instanceof Uint8Array ? body : JSON.stringify(body),
        });
      } catch {
        throw new PublishError(`Could not reach ${this.base}. Check the connection and the instance URL, then Resume.`);
      }
      if (response.status === 429 && waits < MAX_RATE_LIMIT_WAITS) {
        await this.host.sleep(retryAfterMilliseconds(response.headers.get('retry-after'), new Date()));
        continue;
      }
      const json = await jsonOf(response);
      if ((response.status >= 200 && response.status < 300) || pending.includes(response.status)) return json ?? {};
      throw new PublishError(this.failureMessage(response.status, serverSays(json, [this.token])), response.status);
    }
  }

  private failureMessage(status: number, said: string): string {
    const detail = said === '' ? `HTTP ${status}` : `HTTP ${status}: ${said}`;
    if (status === 401 || status === 403) return `Mastodon did not accept the access token (${detail}). Create one with the write:statuses and write:media scopes under Preferences › Development, and sign in again.`;
    if (status === 422) return `Mastodon refused the post (${detail}). Fix the post, then Resume.`;
    if (status === 429) return `Mastodon is rate-limiting this account (${detail}). Wait a few minutes, then Resume.`;
    return `Mastodon failed (${detail}). Try again later with Resume; the posts that went out stay as they are.`;
  }
}

type Part = { name: string; value: string } | { name: string; filename: string; contentType: string; bytes: Uint8Array };

/** A `multipart/form-data` body built by hand, so the core needs neither FormData nor Blob. */
function multipart(boundary: string, parts: Part[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const part of parts) {
    const disposition = 'value' in part ? `form-data; name="${part.name}"` : `form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.contentType}`;
    chunks.push(utf8(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push('value' in part ? utf8(part.value) : part.bytes);
    chunks.push(utf8('\r\n'));
  }
  chunks.push(utf8(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}
