// The language that text chosen below the UI is written in: a diagnosis, a validation message, a storage
// alert. The UI sets it whenever the interface language changes (before the app mounts, so nothing is
// written in English first); until then, and in node tests, it is English. Text made before a change of
// language keeps the language it was made in until it is made again.
//
// `tr` takes its message as a literal, like the UI's `t`, so the catalogue check finds every one of them.
// Commands, code, URLs and names go in as placeholders: they are never translated.
import { translate, type Translations } from './catalog.ts';
import type { Message, MessageParams } from './format-message.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

let active: { translations: Translations | undefined; locale: Locale } = {
  translations: undefined,
  locale: DEFAULT_LOCALE,
};

export function setActiveLanguage(locale: Locale, translations: Translations | undefined): void {
  active = { translations, locale };
}

export function activeLocale(): Locale {
  return active.locale;
}

/** The message in the active language, its placeholders filled in. */
export function tr(english: Message, params: MessageParams = {}): string {
  return translate(active.translations, english, params, active.locale);
}
