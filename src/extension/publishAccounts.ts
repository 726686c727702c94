import * as vscode from 'vscode';
import { BlueskyClient, DEFAULT_BLUESKY_SERVICE, type BlueskySessionData } from '../core/publish/blueskyClient';
import { PublishError, type PublishHost } from '../core/publish/http';
import { MastodonClient } from '../core/publish/mastodonClient';

const BLUESKY_KEY = 'threadwright.publish.bluesky';
const MASTODON_KEY = 'threadwright.publish.mastodon';

interface StoredBluesky {
  service: string;
  identifier: string;
  appPassword: string;
  session?: BlueskySessionData;
}

interface StoredMastodon {
  instance: string;
  token: string;
}

/**
 * The writer's Bluesky and Mastodon sign-ins, kept only in VS Code's SecretStorage (never in settings or logs).
 * Asks for them the first time, and forgets one the server refused so the next run asks again.
 */
export class PublishAccounts {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  /** A Bluesky session: the kept one refreshed when needed, else a new sign-in with the app password. */
  async bluesky(host: PublishHost): Promise<BlueskyClient | undefined> {
    const stored = await this.read<StoredBluesky>(BLUESKY_KEY) ?? await this.askBluesky();
    if (stored === undefined) return undefined;
    try {
      const client = stored.session !== undefined && stored.session.service === stored.service
        ? BlueskyClient.restore(host, stored.session)
        : await BlueskyClient.signIn(host, stored.service, stored.identifier, stored.appPassword);
      await this.keepBlueskySession(client);
      return client;
    } catch (error) {
      if (error instanceof PublishError && error.status === 401) await this.secrets.delete(BLUESKY_KEY);
      throw error;
    }
  }

  /** Keeps the session's current tokens, so the next run refreshes instead of signing in again. */
  async keepBlueskySession(client: BlueskyClient): Promise<void> {
    const stored = await this.read<StoredBluesky>(BLUESKY_KEY);
    if (stored !== undefined) await this.secrets.store(BLUESKY_KEY, JSON.stringify({ ...stored, session: client.session }));
  }

  /** A Mastodon client for the kept instance and token, asking for them the first time. */
  async mastodon(host: PublishHost): Promise<MastodonClient | undefined> {
    const stored = await this.read<StoredMastodon>(MASTODON_KEY) ?? await this.askMastodon();
    return stored === undefined ? undefined : new MastodonClient(host, stored.instance, stored.token);
  }

  /** Forgets a sign-in the server refused. */
  async forget(platform: 'bluesky' | 'mastodon'): Promise<void> {
    await this.secrets.delete(platform === 'bluesky' ? BLUESKY_KEY : MASTODON_KEY);
  }

  private async askBluesky(): Promise<StoredBluesky | undefined> {
    const service = await vscode.window.showInputBox({ title: vscode.l10n.t('Bluesky: PDS URL'), value: DEFAULT_BLUESKY_SERVICE, prompt: vscode.l10n.t('Your PDS; keep the default unless you host your own.'), ignoreFocusOut: true });
    if (!service) return undefined;
    const identifier = await vscode.window.showInputBox({ title: vscode.l10n.t('Bluesky: handle'), placeHolder: 'you.bsky.social', ignoreFocusOut: true });
    if (!identifier) return undefined;
    const appPassword = await vscode.window.showInputBox({
      title: vscode.l10n.t('Bluesky: app password'),
      prompt: vscode.l10n.t("Create one under Settings › Privacy and security › App passwords. It is kept in VS Code's secret storage."),
      password: true,
      ignoreFocusOut: true,
    });
    if (!appPassword) return undefined;
    const stored = { service: service.trim(), identifier: identifier.trim().replace(/^@/, ''), appPassword: appPassword.trim() };
    await this.secrets.store(BLUESKY_KEY, JSON.stringify(stored));
    return stored;
  }

  private async askMastodon(): Promise<StoredMastodon | undefined> {
    const instance = await vscode.window.showInputBox({ title: vscode.l10n.t('Mastodon: instance'), placeHolder: 'mastodon.social', ignoreFocusOut: true });
    if (!instance) return undefined;
    const token = await vscode.window.showInputBox({
      title: vscode.l10n.t('Mastodon: access token'),
      prompt: vscode.l10n.t("Create an application under Preferences › Development with write:statuses and write:media. It is kept in VS Code's secret storage."),
      password: true,
      ignoreFocusOut: true,
    });
    if (!token) return undefined;
    const stored = { instance: instance.trim(), token: token.trim() };
    await this.secrets.store(MASTODON_KEY, JSON.stringify(stored));
    return stored;
  }

  private async read<T>(key: string): Promise<T | undefined> {
    const value = await this.secrets.get(key);
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value) as T;
    } catch {
      return undefined;
    }
  }
}
