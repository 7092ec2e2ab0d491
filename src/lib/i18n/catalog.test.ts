// Every message the source asks for is translated into every language, with the same placeholders, and
// no language keeps a message the source no longer asks for.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyOf, loadTranslations, translate } from './catalog.ts';
import { extractMessages, type SourceMessage } from './extract-messages.ts';
import { placeholdersOf } from './format-message.ts';
import { LOCALES } from './locales.ts';

const SRC = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('lib', 'i18n')) ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const extracted = sourceFiles(SRC).map((file) => extractMessages(readFileSync(file, 'utf8'), file.slice(SRC.length)));
const wanted = new Map<string, SourceMessage>(extracted.flatMap((e) => e.messages).map((m) => [m.key, m]));
const placeholders = (texts: readonly string[]) => [...new Set(texts.flatMap((t) => [...placeholdersOf(t)]))].sort();

describe('message catalogues', () => {
  it('every t() call in the source gives its message as a literal', () => {
    expect(extracted.flatMap((e) => e.problems)).toEqual([]);
    expect(wanted.size).toBeGreaterThan(0);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s translates exactly the messages the source uses', async (locale) => {
    const translations = (await loadTranslations(locale))!;
    expect(
      Object.keys(translations).filter((key) => !wanted.has(key)),
      'not used in the source',
    ).toEqual([]);
    expect(
      [...wanted.keys()].filter((key) => !(key in translations)),
      'missing',
    ).toEqual([]);
    for (const [key, message] of Object.entries(translations)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      expect(placeholders(texts), `${locale}: ${key}`).toEqual(placeholders(wanted.get(key)!.forms));
      expect(
        texts.every((text) => text.trim() !== ''),
        `${locale}: ${key}`,
      ).toBe(true);
    }
  });
});

describe('translate', () => {
  it('falls back to the English text, filled in, where a language has no translation', () => {
    expect(translate({}, 'Hello {name}', { name: 'Ada' }, 'de')).toBe('Hello Ada');
    expect(translate({ 'Hello {name}': 'Hallo {name}' }, 'Hello {name}', { name: 'Ada' }, 'de')).toBe('Hallo Ada');
  });

  it('chooses the plural form by the language and writes numbers its way', () => {
    const english = { one: '{count} model', other: '{count} models' };
    const german = { one: '{count} Modell', other: '{count} Modelle' };
    expect(translate(undefined, english, { count: 1 }, 'en')).toBe('1 model');
    expect(translate({ [keyOf(english)]: german }, english, { count: 1200 }, 'de')).toBe('1.200 Modelle');
    expect(translate({ [keyOf(english)]: german }, english, { count: 1 }, 'de')).toBe('1 Modell');
  });
});
