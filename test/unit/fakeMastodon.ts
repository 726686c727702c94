// A FAKE Mastodon server on loopback: no Mastodon installs here, so this small server enforces the documented
// contract of the endpoints Threadwright uses (docs.joinmastodon.org: instance, verify_credentials, media, statuses)
// and lets a test make it fail on purpose.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A status as the fake keeps it. */
export interface FakeStatus {
  id: string;
  status: string;
  /** The content warning, shown in place of the status until a reader opens it; '' when none. */
  spoiler_text: string;
  visibility: string;
  in_reply_to_id: string | null;
  media_ids: string[];
  language: string | null;
  idempotencyKey: string | undefined;
}

/** A failure to inject into the next create of the status with this 1-based number. */
export type InjectedFailure =
  | { kind: 'rate-limit'; retryAfter: string }
  | { kind: 'server-error'; afterCreating: boolean }
  | { kind: 'proxy-page' };

export class FakeMastodon {
  readonly statuses: FakeStatus[] = [];
  readonly media = new Map<string, { description: string; filename: string; bytes: number; polls: number }>();
  /** Every request line and header the fake saw, as a server log would keep them. */
  readonly log: string[] = [];
  /** Failures keyed by the number of the status create attempt (1-based, counting every POST). */
  readonly failures = new Map<number, InjectedFailure>();
  maxCharacters = 500;
  /** How many polls an upload stays "processing" (206) before it is ready. */
  mediaReadyAfterPolls = 2;
  charactersPerUrl = 23;
  private attempts = 0;
  private server: Server | undefined;

  constructor(readonly token: string) {}

  /** Starts on an ephemeral loopback port and returns the instance URL. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://fake');
    this.log.push(`${request.method} ${url.pathname} ${JSON.stringify(request.headers)}`);
    const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(json));
    };
    if (request.method === 'GET' && url.pathname === '/api/v2/instance') {
      send(200, { domain: '127.0.0.1', configuration: { statuses: { max_characters: this.maxCharacters, characters_reserved_per_url: this.charactersPerUrl, max_media_attachments: 4 } } });
      return;
    }
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      // Echoes what it was sent, as careless servers do: the client must keep it out of its messages.
      send(401, { error: `The access token is invalid (got ${request.headers.authorization ?? 'none'})` });
      return;
    }
    if (request.method === 'GET' && url.pathname === '/api/v1/accounts/verify_credentials') {
      send(200, { id: '1', username: 'writer', acct: 'writer' });
      return;
    }
    if (request.method === 'POST' && url.pathname === '/api/v2/media') {
      const form = body.toString('latin1');
      const boundary = /boundary=(.+)$/.exec(request.headers['content-type'] ?? '')?.[1];
      const file = boundary === undefined ? undefined : form.split(`--${boundary}`).find((part) => /name="file"; filename=/.test(part));
      if (file === undefined) {
        send(422, { error: 'Validation failed: File can\'t be blank' });
        return;
      }
      const description = /name="description"\r\n\r\n([^\r]*)\r\n/.exec(form)?.[1] ?? '';
      const filename = /name="file"; filename="([^"]*)"/.exec(file)![1];
      const id = String(100 + this.media.size);
      this.media.set(id, { description: Buffer.from(description, 'latin1').toString('utf8'), filename, bytes: file.length, polls: 0 });
      send(202, { id, type: 'image', url: null, description });
      return;
    }
    const mediaState = /^\/api\/v1\/media\/(\d+)$/.exec(url.pathname);
    if (request.method === 'GET' && mediaState !== null) {
      const media = this.media.get(mediaState[1]);
      if (media === undefined) return send(404, { error: 'Record not found' });
      media.polls++;
      if (media.polls < this.mediaReadyAfterPolls) send(206, { id: mediaState[1], url: null });
      else send(200, { id: mediaState[1], url: `http://fake/media/${mediaState[1]}.png`, description: media.description });
      return;
    }
    if (request.method === 'POST' && url.pathname === '/api/v1/statuses') {
      this.postStatus(request, response, body, send);
      return;
    }
    send(404, { error: 'Record not found' });
  }

  private postStatus(request: IncomingMessage, response: ServerResponse, body: Buffer, send: (status: number, json: unknown, headers?: Record<string, string>) => void): void {
    const attempt = ++this.attempts;
    const failure = this.failures.get(attempt);
    if (failure?.kind === 'rate-limit') {
      send(429, { error: 'Too many requests' }, { 'retry-after': failure.retryAfter });
      return;
    }
    if (failure?.kind === 'proxy-page') {
      // As a reverse proxy in front of a down server answers: an HTML page, no JSON.
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (request.headers['content-type'] !== 'application/json') {
      send(422, { error: 'Validation failed: Text can\'t be blank' });
      return;
    }
    const input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const key = request.headers['idempotency-key'] as string | undefined;
    const earlier = key === undefined ? undefined : this.statuses.find((status) => status.idempotencyKey === key);
    if (failure?.kind === 'server-error' && !failure.afterCreating) {
      send(503, { error: `Service unavailable (request from ${request.headers.authorization})` });
      return;
    }
    if (earlier !== undefined) {
      send(200, this.view(earlier));
      return;
    }
    if (typeof input.status !== 'string' || input.status.trim() === '') {
      send(422, { error: 'Validation failed: Text can\'t be blank' });
      return;
    }
    const spoilerText = typeof input.spoiler_text === 'string' ? input.spoiler_text : '';
    // As the server's StatusLengthValidator: the content warning counts with the status.
    if ([...spoilerText, ...input.status].length > this.maxCharacters) {
      send(422, { error: `Validation failed: Text character limit of ${this.maxCharacters} exceeded` });
      return;
    }
    const replyTo = typeof input.in_reply_to_id === 'string' ? input.in_reply_to_id : null;
    if (replyTo !== null && !this.statuses.some((status) => status.id === replyTo)) {
      send(404, { error: 'Record not found' });
      return;
    }
    const mediaIds = Array.isArray(input.media_ids) ? input.media_ids.map(String) : [];
    if (mediaIds.some((id) => !this.media.has(id))) {
      send(422, { error: 'Validation failed: media not found' });
      return;
    }
    const status: FakeStatus = {
      id: String(1000 + this.statuses.length),
      status: input.status,
      spoiler_text: spoilerText,
      visibility: typeof input.visibility === 'string' ? input.visibility : 'public',
      in_reply_to_id: replyTo,
      media_ids: mediaIds,
      language: typeof input.language === 'string' ? input.language : null,
      idempotencyKey: key,
    };
    this.statuses.push(status);
    if (failure?.kind === 'server-error') send(502, { error: 'Bad gateway' });
    else send(200, this.view(status));
  }

  private view(status: FakeStatus): Record<string, unknown> {
    return { id: status.id, url: `http://fake/@writer/${status.id}`, uri: `http://fake/users/writer/statuses/${status.id}`, visibility: status.visibility, in_reply_to_id: status.in_reply_to_id, spoiler_text: status.spoiler_text, content: `<p>${status.status}</p>` };
  }
}
