import * as vscode from 'vscode';
import type { Thread } from '../core/post/postModel';
import { recordDate, type PostedRecord } from '../core/publish/postedRecord';
import { parseXPostLink, xComposerUrl } from '../core/publish/xThread';
import { openExternalAddress } from './openAddress';

/**
 * X without its paid API: opens X's composer for each post in turn, the first alone and each next one as a
 * reply to the link the writer pastes back. Stopping part-way gives a partial record, which Resume continues.
 */
export async function publishToX(thread: Thread, unfinished: PostedRecord | undefined, now: Date): Promise<PostedRecord | undefined> {
  const total = thread.posts.length;
  let posted = unfinished?.partial?.posted ?? 0;
  let lastId = unfinished?.partial?.lastId;
  let firstUrl = unfinished?.url;
  let account = unfinished?.account;
  for (; posted < total; posted++) {
    await openExternalAddress(xComposerUrl(thread.posts[posted].text, lastId));
    const pasted = await vscode.window.showInputBox({
      title: vscode.l10n.t('Publish to X: post {number} of {total}', { number: posted + 1, total }),
      prompt: lastId === undefined
        ? vscode.l10n.t('Post it in the X composer that just opened, then paste the link of the new post here.')
        : vscode.l10n.t('Post the reply in the X composer that just opened, then paste its link here.'),
      placeHolder: 'https://x.com/you/status/…',
      ignoreFocusOut: true,
      validateInput: (value) => (parseXPostLink(value) === undefined ? vscode.l10n.t('Paste the link of the post you made, e.g. https://x.com/you/status/1234567890') : undefined),
    });
    const link = pasted === undefined ? undefined : parseXPostLink(pasted);
    if (link === undefined) break;
    lastId = link.id;
    firstUrl ??= link.url;
    account ??= `@${link.handle ?? 'x'}`;
  }
  if (firstUrl === undefined || account === undefined || lastId === undefined) return undefined;
  return { platform: 'x', account, url: firstUrl, date: recordDate(now), ...(posted < total ? { partial: { posted, total, lastId } } : {}) };
}
