// Translations are keyed by the English text itself (as gettext does): English needs no catalogue, so the
// first load carries none, and a missing translation shows the English text instead of a key. Every other
// language is one file (its areas merged), downloaded only when that language is chosen.
import { formatMessage, type Message, type MessageParams } from './format-message.ts';
import type { Locale } from './locales.ts';

/** English template (a plural message's `other` form) → the same message in one language. */
export type Translations = Readonly<Record<string, Message>>;

type TranslationsModule = { translations: Translations };

const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<TranslationsModule>>> = {
  de: () => import('./messages/de/index.ts'),
  fr: () => import('./messages/fr/index.ts'),
  es: () => import('./messages/es/index.ts'),
  'zh-CN': () => import('./messages/zh-CN/index.ts'),
  ja: () => import('./messages/ja/index.ts'),
  ar: () => import('./messages/ar/index.ts'),
};

/** undefined for English (its text is in the code). */
export async function loadTranslations(locale: Locale): Promise<Translations | undefined> {
  if (locale === 'en') return undefined;
  return (await LOADERS[locale]()).translations;
}

/** The key a message is filed under: its English text, or its English `other` form. */
export function keyOf(english: Message): string {
  return typeof english === 'string' ? english : english.other;
}

/** The message in the active language, filled in; the English one where it has no translation yet. */
export function translate(
  translations: Translations | undefined,
  english: Message,
  params: MessageParams,
  locale: Locale,
): string {
  const message = translations?.[keyOf(english)];
  return message === undefined ? formatMessage(english, params, 'en') : formatMessage(message, params, locale);
}
