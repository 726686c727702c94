// User-facing text the core makes, kept translatable without the core knowing any language but English.

/** An argument of a message: a value shown as it is, or a message of its own that is translated first. */
export type MessageArgument = string | number | Message;

/** A message as a template with named `{placeholders}` and its arguments, as `vscode.l10n.t` and `@vscode/l10n` take them. */
export interface Message {
  template: string;
  args: Readonly<Record<string, MessageArgument>>;
}

/**
 * Marks a core message for translation without translating it: the adapters fill it through their own `l10n.t`
 * (`localise` in the extension and the CLI). It is named as theirs are so `@vscode/l10n-dev export` finds the
 * core's templates along with the adapters' strings.
 */
export const l10n = {
  t(template: string, args: Readonly<Record<string, MessageArgument>> = {}): Message {
    return { template, args };
  },
};

/** A translator for one template and plain arguments: `vscode.l10n.t`, `@vscode/l10n`'s `t`, or English. */
export type Translate = (template: string, args: Record<string, string | number>) => string;

/** Fills a message inside out with `translate`, so a message used as an argument is translated too. */
export function fillMessage(message: Message, translate: Translate): string {
  const args: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.args)) args[name] = typeof value === 'object' ? fillMessage(value, translate) : value;
  return translate(message.template, args);
}

/** The English text of a message: its template with the arguments in place of their `{placeholders}`. */
export function englishText(message: Message): string {
  return fillMessage(message, (template, args) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole)));
}

/** The text of a problem or a related location through `translate`; its English message where the core kept it plain. */
export function messageOf(item: { message: string; localisable?: Message }, translate: Translate): string {
  return item.localisable === undefined ? item.message : fillMessage(item.localisable, translate);
}
