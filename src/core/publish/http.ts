/** The part of a `fetch` response the clients read; the extension and the CLI pass the platform's own `fetch`. */
export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A request as the clients make it: JSON or raw bytes, always with explicit headers. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** `fetch` as the clients need it, so the core names no DOM or Node type. */
export type HttpFetch = (url: string, request: HttpRequest) => Promise<HttpResponse>;

/** What a publishing client needs from its host besides `fetch`. */
export interface PublishHost {
  fetch: HttpFetch;
  /** Waits, e.g. for a server's `Retry-After`. */
  sleep(milliseconds: number): Promise<void>;
  /** True once the writer cancelled: checked before every network step. */
  cancelled(): boolean;
}

/** A failure the writer is told about as it is: what happened and what to do, never a token. */
export class PublishError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/** Thrown when the writer cancelled before a step. */
export class PublishCancelled extends PublishError {
  constructor() {
    super('Publishing was cancelled.');
  }
}

/** Reads a JSON body, or undefined when it is not JSON (an HTML error page, say). */
export async function jsonOf(response: HttpResponse): Promise<Record<string, unknown> | undefined> {
  const body = await response.text();
  try {
    const value: unknown = JSON.parse(body);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A server's own error text, cut short and with every secret taken out, for messages and logs. */
export function serverSays(body: Record<string, unknown> | undefined, secrets: readonly string[]): string {
  const said = [body?.error, body?.message, body?.error_description].filter((part) => typeof part === 'string' && part !== '').join(': ');
  return redact(said.slice(0, 300), secrets);
}

/** Replaces each secret in a text with `***`, so nothing a server echoes can leak one. */
export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret.length >= 4).reduce((clean, secret) => clean.split(secret).join('***'), text);
}

/** The wait a 429 asks for: `Retry-After` in seconds or as an HTTP date, else one second, never more than a minute. */
export function retryAfterMilliseconds(header: string | null, now: Date): number {
  const MAX = 60_000;
  if (header === null) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(MAX, Math.max(0, seconds * 1000));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1000 : Math.min(MAX, Math.max(0, at - now.getTime()));
}

/** Hex of a SHA-256 digest, for keys derived from content. */
export function hex(bytes: Uint8Array): string {
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** UTF-8 bytes of a text (the core's lib has no TextEncoder). */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    let code = character.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}
