// The message catalogue's shape and how a language's file is fetched. English is part of the first load;
// every other language is its own small file, imported only when chosen.
import type { Message } from './format-message.ts';
import type { Locale } from './locales.ts';
import { en } from './messages/en.ts';

export type MessageKey = keyof typeof en;
/** Every language has every key: a missing one is a type error here and a failing catalogue test. */
export type Catalog = Readonly<Record<MessageKey, Message>>;

export const ENGLISH: Catalog = en;

type CatalogModule = { catalog: Catalog };

const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<CatalogModule>>> = {
  de: () => import('./messages/de.ts'),
  fr: () => import('./messages/fr.ts'),
  es: () => import('./messages/es.ts'),
  'zh-CN': () => import('./messages/zh-CN.ts'),
  ja: () => import('./messages/ja.ts'),
  ar: () => import('./messages/ar.ts'),
};

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  if (locale === 'en') return ENGLISH;
  return (await LOADERS[locale]()).catalog;
}
