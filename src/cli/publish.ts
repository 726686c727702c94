import { readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BlueskyClient, DEFAULT_BLUESKY_SERVICE, type PublishImage } from '../core/publish/blueskyClient';
import { PublishError } from '../core/publish/http';
import { MastodonClient, statusFields } from '../core/publish/mastodonClient';
import { earlierPosting, recordEdit, unfinishedPosting, type PostedRecord } from '../core/publish/postedRecord';
import { imageCandidates, imageMimeType, publishMetadata, type PublishMetadata } from '../core/publish/postMetadata';
import { preflightThread, type ServerLimits } from '../core/publish/preflight';
import { nothingPosted, progressText, publishBluesky, publishMastodon } from '../core/publish/publishRun';
import type { Thread } from '../core/post/postModel';
import { fetchPublishHost, randomClockId, webSha256 } from '../runtime/publishHost';
import { UsageError, type CommandSpec, type ParsedArgs } from './args';
import { locateProblems, problemLine, type Terminal } from './output';
import { readSinglePost, type ReadPost } from './postReader';

const TARGETS = ['bluesky', 'mastodon'] as const;
type Target = (typeof TARGETS)[number];

/** The environment variables each platform's credentials come from. */
export const PUBLISH_ENV = {
  blueskyHandle: 'THREADWRIGHT_BLUESKY_HANDLE',
  blueskyPassword: 'THREADWRIGHT_BLUESKY_APP_PASSWORD',
  blueskyService: 'THREADWRIGHT_BLUESKY_SERVICE',
  mastodonInstance: 'THREADWRIGHT_MASTODON_INSTANCE',
  mastodonToken: 'THREADWRIGHT_MASTODON_TOKEN',
} as const;

/** `threadwright publish`: what it accepts, for parsing and help. */
export const PUBLISH_COMMAND: CommandSpec = {
  name: 'publish',
  summary: 'Posts one thread of a post to Bluesky or Mastodon and records where it went.',
  details: [
    `Bluesky: ${PUBLISH_ENV.blueskyHandle}, ${PUBLISH_ENV.blueskyPassword} (an app password) and optionally`,
    `${PUBLISH_ENV.blueskyService} (default ${DEFAULT_BLUESKY_SERVICE}). Mastodon: ${PUBLISH_ENV.mastodonInstance} and ${PUBLISH_ENV.mastodonToken}.`,
    'The thread is checked first, as the editor checks it: a post over the limit or broken numbering stops it.',
    'After posting, a "<!-- posted: … -->" line under the thread heading records it; a thread already recorded',
    'for the account is not posted again, and a Mastodon thread recorded as partial resumes after its last post.',
    '--dry-run signs in and prints the exact requests as JSON without posting.',
    'Exit status: 0 posted (or printed), 1 refused or failed, 2 usage error or the file could not be read.',
  ].join('\n'),
  operands: '<file>',
  arity: 'one',
  options: [
    { name: 'thread', valueName: 'N', description: 'Which thread of the post, counting from 1 (required).' },
    { name: 'to', valueName: TARGETS.join('|'), choices: TARGETS, description: 'Where to post (required).' },
    { name: 'dry-run', description: 'Print what would be sent, as JSON, and post nothing.' },
  ],
};

/** Reads, checks and posts one thread; the file gets the record as one write once anything went out. */
export async function runPublish(args: ParsedArgs, terminal: Terminal, cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const target = args.options.get('to') as Target | undefined;
  const threadNumber = Number(args.options.get('thread'));
  if (target === undefined) throw new UsageError('--to is required: bluesky or mastodon');
  if (!Number.isInteger(threadNumber) || threadNumber < 1) throw new UsageError('--thread N is required, N counting threads from 1');
  const post = await readSinglePost('publish', args, terminal, cwd);
  if (post === undefined) return 2;
  const threads = post.analysis.model.threadsBlock?.threads ?? [];
  const thread = threads[threadNumber - 1];
  if (thread === undefined) {
    terminal.err(`threadwright: ${post.source.path} has ${threads.length} thread${threads.length === 1 ? '' : 's'}; there is no thread ${threadNumber}\n`);
    return 1;
  }
  try {
    return target === 'bluesky' ? await toBluesky(post, thread, args.options.has('dry-run'), terminal, env) : await toMastodon(post, thread, args.options.has('dry-run'), terminal, env);
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    terminal.err(`threadwright: ${error.message}\n`);
    return 1;
  }
}

async function toBluesky(post: ReadPost, thread: Thread, dryRun: boolean, terminal: Terminal, env: NodeJS.ProcessEnv): Promise<number> {
  const handle = required(env, PUBLISH_ENV.blueskyHandle);
  const password = required(env, PUBLISH_ENV.blueskyPassword);
  if (!passesPreflight(post, thread, 'bluesky', {}, terminal)) return 1;
  const metadata = publishMetadata(post.analysis.frontMatter.parsed?.data);
  const image = readImage(post, metadata);
  const host = fetchPublishHost();
  const client = await BlueskyClient.signIn(host, env[PUBLISH_ENV.blueskyService] || DEFAULT_BLUESKY_SERVICE, handle, password);
  if (refusedAsPostedBefore(post, thread, 'bluesky', client.account, terminal)) return 1;
  const options = { image, lang: metadata.lang, now: new Date(), clockId: randomClockId(), sha256: webSha256 };
  if (dryRun) {
    const writes = await client.prepareWrites(thread, options, false);
    terminal.out(`${JSON.stringify({ to: 'bluesky', account: client.account, method: 'com.atproto.repo.applyWrites', input: { repo: client.session.did, validate: true, writes } }, null, 2)}\n`);
    return 0;
  }
  const outcome = await publishBluesky(client, thread, options);
  writeRecord(post, thread, outcome.record);
  terminal.out(`Posted ${thread.posts.length} posts to Bluesky as ${client.account}: ${outcome.record.url}\n`);
  return 0;
}

async function toMastodon(post: ReadPost, thread: Thread, dryRun: boolean, terminal: Terminal, env: NodeJS.ProcessEnv): Promise<number> {
  const instance = required(env, PUBLISH_ENV.mastodonInstance);
  const client = new MastodonClient(fetchPublishHost(), instance, required(env, PUBLISH_ENV.mastodonToken));
  const limits = await client.limits();
  if (!passesPreflight(post, thread, 'mastodon', limits, terminal)) return 1;
  const account = await client.account();
  if (refusedAsPostedBefore(post, thread, 'mastodon', account, terminal)) return 1;
  const metadata = publishMetadata(post.analysis.frontMatter.parsed?.data);
  const unfinished = unfinishedPosting(thread, post.text, 'mastodon');
  const visibility = { first: 'public', replies: 'unlisted' } as const;
  if (dryRun) {
    const from = unfinished?.partial?.posted ?? 0;
    const statuses = thread.posts.slice(from).map((threadPost, index) => ({
      ...statusFields(threadPost.text),
      visibility: from + index === 0 ? visibility.first : visibility.replies,
      in_reply_to_id: from + index === 0 ? undefined : index === 0 ? unfinished?.partial?.lastId : '(the id of the status before)',
      language: metadata.lang,
    }));
    terminal.out(`${JSON.stringify({ to: 'mastodon', account, limits, image: metadata.image, statuses }, null, 2)}\n`);
    return 0;
  }
  const image = unfinished === undefined ? readImage(post, metadata) : undefined;
  const outcome = await publishMastodon(client, thread, { account, visibility, image, lang: metadata.lang, sha256: webSha256, now: new Date(), unfinished });
  if (!nothingPosted(outcome)) writeRecord(post, thread, outcome.record);
  if (outcome.failure !== undefined) {
    terminal.err(`threadwright: ${outcome.failure.message}\nthreadwright: ${progressText(outcome.record)}; run the same command again to resume.\n`);
    return 1;
  }
  terminal.out(`Posted ${thread.posts.length} posts to Mastodon as ${account}: ${outcome.record.url}\n`);
  return 0;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new PublishError(`${name} is not set: publish reads its credentials from the environment`);
  return value;
}

/** Prints the pre-flight's findings; true when nothing stops the thread. */
function passesPreflight(post: ReadPost, thread: Thread, target: Target, limits: ServerLimits, terminal: Terminal): boolean {
  const { refusals, warnings } = preflightThread(post.analysis.model, post.text, thread, target, limits);
  for (const problem of locateProblems(post.text, [...refusals, ...warnings])) terminal.err(problemLine({ ...terminal, colour: false }, post.source.path, problem));
  if (refusals.length > 0) terminal.err(`threadwright: not published: fix the ${refusals.length === 1 ? 'problem' : 'problems'} above first\n`);
  return refusals.length === 0;
}

function refusedAsPostedBefore(post: ReadPost, thread: Thread, target: Target, account: string, terminal: Terminal): boolean {
  const earlier = earlierPosting(thread, post.text, target, account);
  if (earlier !== undefined) terminal.err(`threadwright: this thread was posted to ${account} on ${earlier.date} (${earlier.url}); remove its "posted" comment to post it again\n`);
  return earlier !== undefined;
}

/** Post 1's image from the front matter, read from the site; its alt text is required, since the CLI cannot ask. */
function readImage(post: ReadPost, metadata: PublishMetadata): PublishImage | undefined {
  if (metadata.image === undefined || post.source.absolute === undefined) return undefined;
  const mimeType = imageMimeType(metadata.image.path);
  if (mimeType === undefined) throw new PublishError(`image ${metadata.image.path}: only PNG, JPEG, GIF and WebP images can be posted`);
  if (metadata.image.alt === undefined || metadata.image.alt.trim() === '') {
    throw new PublishError(`image ${metadata.image.path} has no alt text: add "image_alt: …" to the front matter`);
  }
  for (const candidate of imageCandidates(dirname(post.source.absolute), metadata.image.path)) {
    try {
      return { bytes: new Uint8Array(readFileSync(candidate)), mimeType, alt: metadata.image.alt.trim() };
    } catch {
      // Not here; try the next folder up.
    }
  }
  throw new PublishError(`image ${metadata.image.path} was not found in the site around ${post.source.path}`);
}

/** Writes the record into the file: the one change publishing makes to a post. */
function writeRecord(post: ReadPost, thread: Thread, record: PostedRecord): void {
  if (post.source.absolute === undefined) return;
  const edit = recordEdit(thread, post.text, record);
  writeFileSync(post.source.absolute, post.text.slice(0, edit.range.start) + edit.text + post.text.slice(edit.range.end));
}
