// The interface language: the one chosen in Settings, else the browser's. `t` takes the English text (or
// English plural forms) and gives it in the active language; choosing a language loads its file first,
// then sets <html lang dir>, so the whole page turns at once.
import { setActiveLanguage } from '../lib/i18n/active-language.ts';
import { loadTranslations, translate, type Translations } from '../lib/i18n/catalog.ts';
import type { Message, MessageParams } from '../lib/i18n/format-message.ts';
import type { MessageRef } from '../lib/i18n/message-ref.ts';
import { DEFAULT_LOCALE, directionOf, isLocale, negotiateLocale, type Locale } from '../lib/i18n/locales.ts';
import { readPreference, writePreference } from '../lib/util/preferences.ts';

const KEY = 'switchboard:language';

export function browserLocale(): Locale {
  return negotiateLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);
  /** the choice in Settings; undefined follows the browser */
  chosen = $state<Locale | undefined>(undefined);
  private translations = $state.raw<Translations | undefined>(undefined);

  /** Write the first argument as a literal: the catalogue test finds every message by reading the source. */
  t = (english: Message, params: MessageParams = {}): string =>
    translate(this.translations, english, params, this.locale);

  /** A message a lower layer chose (a MessageRef). */
  tm = (ref: MessageRef): string => translate(this.translations, ref.message, ref.params, this.locale);

  async start(): Promise<void> {
    const stored = readPreference(KEY);
    this.chosen = isLocale(stored) ? stored : undefined;
    await this.show(this.chosen ?? browserLocale());
  }

  async choose(locale: Locale | undefined): Promise<void> {
    this.chosen = locale;
    writePreference(KEY, locale ?? '');
    await this.show(locale ?? browserLocale());
  }

  /** A language whose file cannot be fetched (offline before it was cached) leaves the current one. */
  private async show(locale: Locale): Promise<void> {
    let translations: Translations | undefined;
    try {
      translations = await loadTranslations(locale);
    } catch {
      return;
    }
    setActiveLanguage(locale, translations);
    this.translations = translations;
    this.locale = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }
}

export const i18n = new I18n();
export const t = i18n.t;
export const tm = i18n.tm;
