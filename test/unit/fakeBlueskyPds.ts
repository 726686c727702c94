// A FAKE Bluesky PDS on loopback, for the suites Stryker runs: the reference PDS (test/pds) is too slow to start per
// mutant, so this small server keeps the XRPC contract of the calls Threadwright makes (createSession, refreshSession,
// resolveHandle, uploadBlob, applyWrites), validates records with @atproto/api's own lexicons, gives CIDs as a PDS
// does, and lets a test make it fail on purpose.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppBskyFeedPost, jsonToLex } from '@atproto/api';
import { cidForRawBytes } from '@atproto/lex-data';
import { pdsRecordCid } from './fakeBluesky';

/** A record as the fake's repository keeps it. */
export interface FakeRecord {
  uri: string;
  cid: string;
  value: Record<string, unknown>;
}

/** A reply the fake gives in place of the real one, once, to the next call of a method; a string body is sent as an HTML page. */
export interface InjectedReply {
  status: number;
  body: unknown;
}

export class FakeBlueskyPds {
  readonly did = 'did:plc:writer7fake';
  readonly handle = 'writer.test';
  readonly records: FakeRecord[] = [];
  readonly blobs = new Map<string, { bytes: Buffer; mimeType: string }>();
  /** Every call: its method, NSID, query, authorization and content type, as a server log would keep them. */
  readonly log: { method: string; nsid: string; query: string; authorization?: string; contentType?: string }[] = [];
  /** Handles the fake's directory resolves, beside the account's own. */
  readonly directory = new Map<string, string>();
  /** Replies to give once, by method: the next call of that method gets this instead. */
  readonly injected = new Map<string, InjectedReply>();
  /** When true, every access token is expired, the new ones too. */
  tokensNeverLast = false;
  private accessJwt = 'access-jwt-0a1b2c3d';
  private refreshJwt = 'refresh-jwt-4e5f6a7b';
  private expired = new Set<string>();
  private sessions = 0;
  private server: Server | undefined;

  constructor(readonly appPassword: string) {
    this.directory.set(this.handle, this.did);
  }

  /** Starts on an ephemeral loopback port and returns the service URL. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void this.reply(request).then(({ status, body }) => {
        const page = typeof body === 'string';
        response.writeHead(status, { 'content-type': page ? 'text/html' : 'application/json' });
        response.end(page ? body : JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The tokens of the session now in force. */
  get tokens(): { accessJwt: string; refreshJwt: string } {
    return { accessJwt: this.accessJwt, refreshJwt: this.refreshJwt };
  }

  /** Makes the current access token expired, as time does. */
  expireAccessToken(): void {
    this.expired.add(this.accessJwt);
  }

  private async reply(request: IncomingMessage): Promise<InjectedReply> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', 'http://fake');
    const nsid = url.pathname.replace(/^\/xrpc\//, '');
    this.log.push({ method: request.method ?? '', nsid, query: url.search, authorization: request.headers.authorization, contentType: request.headers['content-type'] });
    const injected = this.injected.get(nsid);
    if (injected !== undefined) {
      this.injected.delete(nsid);
      return injected;
    }
    if (!url.pathname.startsWith('/xrpc/')) return { status: 404, body: { error: 'NotFound', message: 'Not Found' } };
    if (nsid === 'com.atproto.server.createSession') return this.createSession(body, request.headers['content-type']);
    if (nsid === 'com.atproto.server.refreshSession') return this.refreshSession(request.headers.authorization);
    const bearer = request.headers.authorization?.replace(/^Bearer /, '');
    if (bearer !== this.accessJwt) return { status: 401, body: { error: 'AuthenticationRequired', message: `Invalid token ${bearer}` } };
    if (this.expired.has(bearer)) return { status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } };
    if (nsid === 'com.atproto.identity.resolveHandle') return this.resolveHandle(url.searchParams.get('handle'));
    if (nsid === 'com.atproto.repo.uploadBlob') return this.uploadBlob(body, request.headers['content-type']);
    if (nsid === 'com.atproto.repo.applyWrites') return this.applyWrites(body, request.headers['content-type']);
    return { status: 501, body: { error: 'MethodNotImplemented', message: 'Method Not Implemented' } };
  }

  private createSession(body: Buffer, contentType: string | undefined): InjectedReply {
    if (contentType !== 'application/json') return { status: 400, body: { error: 'InvalidRequest', message: 'Request encoding (Content-Type) required but not provided' } };
    const input = JSON.parse(body.toString('utf8') || '{}') as { identifier?: string; password?: string };
    if (input.identifier !== this.handle || input.password !== this.appPassword) {
      return { status: 401, body: { error: 'AuthenticationRequired', message: `Invalid identifier or password (got ${input.password})` } };
    }
    this.newTokens();
    return { status: 200, body: { did: this.did, handle: this.handle, ...this.tokens, active: true } };
  }

  private refreshSession(authorization: string | undefined): InjectedReply {
    if (authorization !== `Bearer ${this.refreshJwt}`) return { status: 400, body: { error: 'ExpiredToken', message: 'Token has been revoked' } };
    this.newTokens();
    return { status: 200, body: { did: this.did, handle: this.handle, ...this.tokens } };
  }

  private newTokens(): void {
    this.sessions++;
    this.accessJwt = `access-jwt-${this.sessions}-9c8d7e6f`;
    this.refreshJwt = `refresh-jwt-${this.sessions}-5a4b3c2d`;
    if (this.tokensNeverLast) this.expired.add(this.accessJwt);
  }

  private resolveHandle(handle: string | null): InjectedReply {
    const did = handle === null ? undefined : this.directory.get(handle.toLowerCase());
    return did === undefined ? { status: 400, body: { error: 'InvalidRequest', message: 'Unable to resolve handle' } } : { status: 200, body: { did } };
  }

  private async uploadBlob(bytes: Buffer, mimeType: string | undefined): Promise<InjectedReply> {
    if (mimeType === undefined || mimeType === 'application/json') return { status: 400, body: { error: 'InvalidRequest', message: 'Wrong content type for a blob' } };
    const cid = (await cidForRawBytes(bytes)).toString();
    this.blobs.set(cid, { bytes, mimeType });
    return { status: 200, body: { blob: { $type: 'blob', ref: { $link: cid }, mimeType, size: bytes.length } } };
  }

  /** All or nothing, as a PDS: every record valid, every reply ref and blob known, or none is written. */
  private async applyWrites(body: Buffer, contentType: string | undefined): Promise<InjectedReply> {
    if (contentType !== 'application/json') return { status: 400, body: { error: 'InvalidRequest', message: 'Wrong content type' } };
    const input = JSON.parse(body.toString('utf8')) as { repo?: string; validate?: boolean; writes?: { $type?: string; collection?: string; rkey?: string; value?: Record<string, unknown> }[] };
    if (input.repo !== this.did) return { status: 400, body: { error: 'InvalidRequest', message: `Not the repo of this session: ${input.repo}` } };
    const written: FakeRecord[] = [];
    for (const write of input.writes ?? []) {
      const refused = (message: string): InjectedReply => ({ status: 400, body: { error: 'InvalidRequest', message } });
      if (write.$type !== 'com.atproto.repo.applyWrites#create' || write.collection !== 'app.bsky.feed.post') return refused(`Unsupported write ${write.$type}`);
      const validation = input.validate === true ? AppBskyFeedPost.validateRecord(jsonToLex(write.value as never)) : { success: true as const };
      if (!validation.success) return refused(`Invalid app.bsky.feed.post record: ${validation.error.message}`);
      const uri = `at://${this.did}/app.bsky.feed.post/${write.rkey}`;
      const existing = [...this.records, ...written];
      if (existing.some((record) => record.uri === uri)) return refused(`Record already exists: ${uri}`);
      const known = (ref: { uri: string; cid: string }) => existing.some((record) => record.uri === ref.uri && record.cid === ref.cid);
      const reply = write.value!.reply as { root: { uri: string; cid: string }; parent: { uri: string; cid: string } } | undefined;
      if (reply !== undefined && !(known(reply.root) && known(reply.parent))) return refused(`Reply refs no earlier record: ${JSON.stringify(reply)}`);
      const images = (write.value!.embed as { images?: { image: { ref: { $link: string } } }[] } | undefined)?.images ?? [];
      if (images.some((image) => !this.blobs.has(image.image.ref.$link))) return refused('Could not find blob');
      written.push({ uri, cid: await pdsRecordCid(write.value), value: write.value! });
    }
    this.records.push(...written);
    return { status: 200, body: { commit: { cid: 'bafyreicommit', rev: '3kcommit' }, results: written.map(({ uri, cid }) => ({ $type: 'com.atproto.repo.applyWrites#createResult', uri, cid, validationStatus: 'valid' })) } };
  }
}
