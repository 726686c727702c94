import * as l10n from '@vscode/l10n';
import japanese from '../../l10n/bundle.l10n.ja.json';
import { messageOf, type Message } from '../core/post/message';

/** The translations the CLI ships, by language: the extension's own bundles, built into the CLI. */
const BUNDLES: Readonly<Record<string, l10n.l10nJsonFormat>> = { ja: japanese };

/** Takes `--locale L` (or `--locale=L`) out of a command line: it applies to every command, wherever it stands. */
export function takeLocaleOption(argv: readonly string[]): { locale?: string; rest: string[] } {
  const rest: string[] = [];
  let locale: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index];
    if (token === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (token === '--locale' && index + 1 < argv.length) locale = argv[++index];
    else if (token.startsWith('--locale=')) locale = token.slice('--locale='.length);
    else rest.push(token);
  }
  return { locale, rest };
}

/**
 * The language the CLI speaks: `--locale`, else the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set (POSIX's
 * order), read up to its territory (`ja_JP.UTF-8` is `ja`); English when no bundle has that language.
 */
export function chooseLanguage(locale: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const chosen = [locale, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '';
  const language = chosen.split(/[_.@-]/)[0].toLowerCase();
  return language in BUNDLES ? language : 'en';
}

/** Loads the bundle for a language before any message is made; English needs none. */
export function useLanguage(language: string): void {
  const contents = BUNDLES[language];
  if (contents !== undefined) l10n.config({ contents });
}

/** A core problem's message in the chosen language; English where the core kept it plain. */
export function localisedMessage(item: { message: string; localisable?: Message }): string {
  return messageOf(item, (template, args) => l10n.t(template, args));
}
