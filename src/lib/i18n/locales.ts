// The interface languages: which exist, which one a browser asks for, and which way each is written.
// Pure: the browser's language list is passed in.

export const LOCALES = ['en', 'de', 'fr', 'es', 'zh-CN', 'ja', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'zh-CN': '简体中文',
  ja: '日本語',
  ar: 'العربية',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The first of the browser's languages we have, matched on the whole tag first and then on its language
 * (de-AT → de; any Chinese but Traditional → zh-CN); English when none matches.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const found = matchTag(tag);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}

function matchTag(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === '') return undefined;
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split(/[-_]/);
  if (language === 'zh') {
    const traditional = rest.some((part) => part === 'hant' || part === 'tw' || part === 'hk' || part === 'mo');
    return traditional ? undefined : 'zh-CN';
  }
  return LOCALES.find((l) => l === language);
}
