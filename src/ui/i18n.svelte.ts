// The interface language: the one chosen in Settings, else the browser's; `t` reads the active
// catalogue. Choosing a language loads its file, then sets <html lang dir>, so the page turns at once.
import { ENGLISH, loadCatalog, type Catalog, type MessageKey } from '../lib/i18n/catalog.ts';
import { formatMessage, type MessageParams } from '../lib/i18n/format-message.ts';
import { directionOf, isLocale, negotiateLocale, type Locale } from '../lib/i18n/locales.ts';
import { readPreference, writePreference } from '../lib/util/preferences.ts';

const KEY = 'switchboard:language';

class I18n {
  locale = $state<Locale>('en');
  /** the choice in Settings; undefined follows the browser */
  chosen = $state<Locale | undefined>(undefined);
  private catalog = $state.raw<Catalog>(ENGLISH);

  t = (key: MessageKey, params: MessageParams = {}): string => formatMessage(this.catalog[key], params, this.locale);

  async start(): Promise<void> {
    const stored = readPreference(KEY);
    this.chosen = isLocale(stored) ? stored : undefined;
    await this.show(this.chosen ?? negotiateLocale(navigator.languages ?? [navigator.language]));
  }

  async choose(locale: Locale | undefined): Promise<void> {
    this.chosen = locale;
    writePreference(KEY, locale ?? '');
    await this.show(locale ?? negotiateLocale(navigator.languages ?? [navigator.language]));
  }

  private async show(locale: Locale): Promise<void> {
    const catalog = await loadCatalog(locale);
    this.catalog = catalog;
    this.locale = locale;
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }
}

export const i18n = new I18n();
export const t = i18n.t;
