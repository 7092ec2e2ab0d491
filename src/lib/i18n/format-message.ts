// Fills a message's placeholders. A message is a template ("{count} models on {server}") or, when it
// depends on a number, one template per plural category of the language (Intl.PluralRules), so no
// sentence is ever built by joining fragments. Numbers are written the language's way (Intl.NumberFormat).
import type { Locale } from './locales.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numbersFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** The template for this count: the plural category's, else `other`. The count is the `count` param. */
function pick(message: Message, params: MessageParams, locale: Locale): string {
  if (typeof message === 'string') return message;
  const count = params.count;
  if (typeof count !== 'number') return message.other;
  return message[rulesFor(locale).select(count)] ?? message.other;
}

/** Unknown placeholders stay as written, so a missing parameter shows rather than vanishes. */
export function formatMessage(message: Message, params: MessageParams, locale: Locale): string {
  const template = pick(message, params, locale);
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbersFor(locale).format(value) : value;
  });
}

/** The placeholder names a template uses (for the catalogue checks). */
export function placeholdersOf(message: Message): Set<string> {
  const templates = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const t of templates) for (const m of t.matchAll(PLACEHOLDER)) names.add(m[1]!);
  return names;
}
