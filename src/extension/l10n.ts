import * as vscode from 'vscode';
import { fillMessage, messageOf, type Message } from '../core/post/message';

/** A core message in the editor's display language: the core makes it as a template, VS Code's bundle translates it. */
export function localise(message: Message): string {
  return fillMessage(message, (template, args) => vscode.l10n.t(template, args));
}

/** A problem's (or related location's) message in the display language; English where the core kept it plain. */
export function localisedMessage(item: { message: string; localisable?: Message }): string {
  return messageOf(item, (template, args) => vscode.l10n.t(template, args));
}
