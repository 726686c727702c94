import * as vscode from 'vscode';
import type { PlatformId } from '../core/count/platforms';
import type { Thread } from '../core/post/postModel';
import type { Problem } from '../core/post/problem';
import type { PublishImage } from '../core/publish/blueskyClient';
import { PublishError, type PublishHost } from '../core/publish/http';
import type { MastodonClient, MastodonVisibility } from '../core/publish/mastodonClient';
import { earlierPosting, unfinishedPosting, type PostedRecord } from '../core/publish/postedRecord';
import { imageCandidates, imageMimeType, publishMetadata, type PublishMetadata } from '../core/publish/postMetadata';
import { preflightThread, type ServerLimits } from '../core/publish/preflight';
import { nothingPosted, progressText, publishBluesky, publishMastodon, type PublishOutcome } from '../core/publish/publishRun';
import { firstWords, threadAt } from '../core/publish/threadChoice';
import { isAnalysed, type PostAnalyses, type PostAnalysis } from './postAnalyses';
import { PublishAccounts } from './publishAccounts';
import { fetchPublishHost, randomClockId, webSha256 } from '../runtime/publishHost';
import { writePostedRecord } from './publishRecord';
import { publishToX } from './publishX';

const COMMAND = 'threadwright.publishThread';
const PLATFORMS: { id: PlatformId; label: string }[] = [
  { id: 'bluesky', label: 'Bluesky' },
  { id: 'mastodon', label: 'Mastodon' },
  { id: 'x', label: vscode.l10n.t('X (opens its composer post by post)') },
];

/** Which thread to publish where; every field is optional (the palette passes none). */
export interface PublishTarget {
  uri?: string;
  /** 1-based, as the CLI's `--thread`. */
  thread?: number;
  platform?: PlatformId;
}

/** What a run ended with, returned to callers (tests, CodeLens) as well as told to the writer. */
export interface PublishResult {
  outcome: 'posted' | 'refused' | 'stopped' | 'failed' | 'cancelled';
  messages: string[];
}

/**
 * Threadwright: Publish Thread… for the thread at the cursor: pre-flight with the editor's checks, sign-in kept
 * in SecretStorage, a confirmation naming the account, the number of posts and the first words, progress with
 * cancel, then the record under the thread heading (one undoable edit) and Resume when a run stopped part-way.
 */
export function registerPublishCommand(analyses: PostAnalyses, secrets: vscode.SecretStorage): vscode.Disposable {
  const accounts = new PublishAccounts(secrets);
  return vscode.commands.registerCommand(COMMAND, (target?: PublishTarget) => publish(analyses, accounts, target ?? {}));
}

async function publish(analyses: PostAnalyses, accounts: PublishAccounts, target: PublishTarget): Promise<PublishResult> {
  const editor = vscode.window.activeTextEditor;
  const document = target.uri === undefined ? editor?.document : vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.uri);
  const analysis = document?.languageId === 'markdown' ? analyses.analyse(document) : undefined;
  if (document === undefined || analysis === undefined || !isAnalysed(analysis)) return tell('cancelled', 'open a Markdown post (not too large to analyse) to publish one of its threads.');
  const threads = analysis.model.threadsBlock?.threads ?? [];
  const threadIndex = target.thread !== undefined ? target.thread - 1
    : editor === undefined ? -1 : threads.indexOf(threadAt(analysis.model, document.offsetAt(editor.selection.active)) as Thread);
  const thread = threads[threadIndex];
  if (thread === undefined || thread.posts.length === 0) return tell('cancelled', 'put the cursor inside a thread to publish it.');
  const platform = target.platform ?? await pickPlatform(thread);
  if (platform === undefined) return { outcome: 'cancelled', messages: [] };
  const run = new PublishRun(analyses, accounts, document, analysis, thread, threadIndex);
  try {
    return platform === 'x' ? await run.toX() : platform === 'bluesky' ? await run.toBluesky() : platform === 'mastodon' ? await run.toMastodon() : tell('cancelled', 'Threads cannot be published from Threadwright.');
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    return tell('failed', error.message);
  }
}

/** One publishing of one thread, from pre-flight to the record. */
class PublishRun {
  private readonly text: string;
  private readonly metadata: PublishMetadata;

  constructor(
    private readonly analyses: PostAnalyses,
    private readonly accounts: PublishAccounts,
    private readonly document: vscode.TextDocument,
    private readonly analysis: PostAnalysis,
    private readonly thread: Thread,
    private readonly threadIndex: number,
  ) {
    this.text = document.getText();
    this.metadata = publishMetadata(analysis.frontMatter.parsed?.data);
  }

  async toX(): Promise<PublishResult> {
    const stop = await this.preflight('x', {});
    if (stop !== undefined) return stop;
    const record = await publishToX(this.thread, unfinishedPosting(this.thread, this.text, 'x'), new Date());
    if (record === undefined) return { outcome: 'cancelled', messages: [] };
    return this.finish(record);
  }

  async toBluesky(): Promise<PublishResult> {
    const stop = await this.preflight('bluesky', {});
    if (stop !== undefined) return stop;
    return this.withProgress('Bluesky', async (host) => {
      const client = await this.accounts.bluesky(host);
      if (client === undefined) return undefined;
      if (!(await this.confirm('bluesky', client.account))) return undefined;
      const image = await this.image();
      if (image === null) return undefined;
      const outcome = await publishBluesky(client, this.thread, { image, lang: this.metadata.lang, now: new Date(), clockId: randomClockId(), sha256: webSha256 });
      await this.accounts.keepBlueskySession(client);
      return outcome;
    });
  }

  async toMastodon(): Promise<PublishResult> {
    return this.withProgress('Mastodon', async (host, report) => {
      const client: MastodonClient | undefined = await this.accounts.mastodon(host);
      if (client === undefined) return undefined;
      const account = await client.account().catch(async (error: unknown) => {
        if (error instanceof PublishError && error.status === 401) await this.accounts.forget('mastodon');
        throw error;
      });
      const stop = await this.preflight('mastodon', await client.limits());
      if (stop !== undefined) return stop;
      const unfinished = unfinishedPosting(this.thread, this.text, 'mastodon');
      if (!(await this.confirm('mastodon', account, unfinished))) return undefined;
      const image = unfinished === undefined ? await this.image() : undefined;
      if (image === null) return undefined;
      const config = vscode.workspace.getConfiguration('threadwright.publish', this.document.uri);
      const visibility = {
        first: config.get<MastodonVisibility>('mastodonFirstVisibility', 'public'),
        replies: config.get<MastodonVisibility>('mastodonReplyVisibility', 'unlisted'),
      };
      return publishMastodon(client, this.thread, {
        account, visibility, image, lang: this.metadata.lang, sha256: webSha256, now: new Date(), unfinished,
        onProgress: (posted, total) => report(`post ${posted} of ${total}`),
      });
    });
  }

  /** Refuses on the editor's errors for this platform; asks whether to go on past figure drift. */
  private async preflight(platform: PlatformId, limits: ServerLimits): Promise<PublishResult | undefined> {
    const { refusals, warnings } = preflightThread(this.analysis.model, this.text, this.thread, platform, limits);
    if (refusals.length > 0) {
      const more = refusals.length > 1 ? ` (and ${refusals.length - 1} more)` : '';
      return tell('refused', `not published: ${refusals[0].message}${more}. Fix the thread first.`, refusals);
    }
    if (warnings.length === 0) return undefined;
    const goOn = await vscode.window.showWarningMessage(
      `Threadwright: ${warnings.length === 1 ? 'a post quotes a figure' : `${warnings.length} figures are quoted`} the post does not contain: ${warnings[0].message}`,
      { modal: true }, vscode.l10n.t('Publish Anyway'),
    );
    return goOn === vscode.l10n.t('Publish Anyway') ? undefined : { outcome: 'cancelled', messages: warnings.map((problem) => problem.message) };
  }

  /** The confirmation: account, post count and first words; a warning first when it went to this account before. */
  private async confirm(platform: PlatformId, account: string, unfinished?: PostedRecord): Promise<boolean> {
    const name = PLATFORMS.find((entry) => entry.id === platform)!.label;
    const earlier = earlierPosting(this.thread, this.text, platform, account);
    if (earlier !== undefined) {
      const again = await vscode.window.showWarningMessage(
        vscode.l10n.t('Threadwright: this thread was already posted to {account} on {date}. Post it again?', { account, date: earlier.date }), { modal: true, detail: earlier.url }, vscode.l10n.t('Post Again'),
      );
      if (again !== vscode.l10n.t('Post Again')) return false;
    }
    const count = this.thread.posts.length;
    const what = unfinished?.partial === undefined
      ? `${count} ${count === 1 ? 'post' : 'posts'}`
      : `the remaining ${count - unfinished.partial.posted} of ${count} posts (Resume after post ${unfinished.partial.posted})`;
    const answer = await vscode.window.showInformationMessage(
      `Publish ${what} to ${name} as ${account}?`, { modal: true, detail: `“${firstWords(this.thread)}”` }, unfinished === undefined ? vscode.l10n.t('Publish') : vscode.l10n.t('Resume'),
    );
    return answer !== undefined;
  }

  /** Post 1's image with its alt text (asked for when the front matter has none); null when the writer backed out. */
  private async image(): Promise<PublishImage | undefined | null> {
    const image = this.metadata.image;
    if (image === undefined) return undefined;
    const mimeType = imageMimeType(image.path);
    if (mimeType === undefined) throw new PublishError(`The front matter image ${image.path} is not a PNG, JPEG, GIF or WebP; remove it or convert it.`);
    const folder = this.document.uri.path.slice(0, this.document.uri.path.lastIndexOf('/'));
    let bytes: Uint8Array | undefined;
    for (const candidate of imageCandidates(folder, image.path)) {
      bytes = await Promise.resolve(vscode.workspace.fs.readFile(this.document.uri.with({ path: candidate }))).catch(() => undefined);
      if (bytes !== undefined) break;
    }
    if (bytes === undefined) throw new PublishError(`The front matter image ${image.path} was not found in the site; fix the path or remove it.`);
    const alt = image.alt?.trim() || await vscode.window.showInputBox({
      title: vscode.l10n.t('Alt text for {path}', { path: image.path }), prompt: vscode.l10n.t('Describe the image for people who cannot see it (add image_alt to the front matter to skip this).'), ignoreFocusOut: true,
    });
    return alt ? { bytes, mimeType, alt } : null;
  }

  /** Runs the network steps under a cancellable progress notification, then records what went out. */
  private async withProgress(
    name: string,
    steps: (host: PublishHost, report: (message: string) => void) => Promise<PublishOutcome | PublishResult | undefined>,
  ): Promise<PublishResult> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Threadwright: publishing to {platform}', { platform: name }), cancellable: true },
      (progress, token) => steps(fetchPublishHost(() => token.isCancellationRequested), (message) => progress.report({ message })),
    );
    if (result === undefined) return { outcome: 'cancelled', messages: [] };
    if ('outcome' in result) return result;
    if (!nothingPosted(result)) await this.finish(result.record);
    if (result.failure === undefined) return { outcome: 'posted', messages: [result.record.url] };
    const resume = await vscode.window.showErrorMessage(`Threadwright: ${result.failure.message} (${progressText(result.record)})`, vscode.l10n.t('Resume'));
    if (resume === vscode.l10n.t('Resume')) void vscode.commands.executeCommand(COMMAND, { uri: this.document.uri.toString(), thread: this.threadIndex + 1, platform: 'mastodon' });
    return { outcome: 'stopped', messages: [result.failure.message] };
  }

  private async finish(record: PostedRecord): Promise<PublishResult> {
    const settings = this.analyses.settingsFor(this.document);
    if (!(await writePostedRecord(this.document, this.threadIndex, record, settings))) {
      return tell('failed', `the thread went out (${record.url}), but the editor refused the record edit; add it by hand: posted ${record.platform} ${record.url}`);
    }
    const state = record.partial === undefined ? 'published' : `stopped after post ${record.partial.posted} of ${record.partial.total}; run Publish Thread again to resume`;
    void vscode.window.showInformationMessage(`Threadwright: ${state}: ${record.url}`);
    return { outcome: record.partial === undefined ? 'posted' : 'stopped', messages: [record.url] };
  }
}

async function pickPlatform(thread: Thread): Promise<PlatformId | undefined> {
  const named = PLATFORMS.find((entry) => entry.id === thread.platform);
  const ordered = named === undefined ? PLATFORMS : [named, ...PLATFORMS.filter((entry) => entry !== named)];
  const picked = await vscode.window.showQuickPick(ordered.map((entry) => ({ label: entry.label, id: entry.id })), { title: vscode.l10n.t('Publish {count} posts to…', { count: thread.posts.length }) });
  return picked?.id;
}

function tell(outcome: PublishResult['outcome'], message: string, problems: Problem[] = []): PublishResult {
  const show = outcome === 'failed' || outcome === 'refused' ? vscode.window.showErrorMessage : vscode.window.showInformationMessage;
  void show(`Threadwright: ${message}`);
  return { outcome, messages: problems.length > 0 ? problems.map((problem) => problem.message) : [message] };
}
