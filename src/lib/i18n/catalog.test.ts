// Every language has every key and no other, with the same placeholders as English; every key is used
// somewhere in src/ (written out literally, so that this check can find it).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH, loadCatalog, type Catalog } from './catalog.ts';
import { placeholdersOf } from './format-message.ts';
import { LOCALES } from './locales.ts';

const SRC = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('i18n', 'messages')) ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message catalogues', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s has exactly the English keys, with the same placeholders',
    async (locale) => {
      const catalog: Catalog = await loadCatalog(locale);
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(ENGLISH).sort());
      for (const [key, message] of Object.entries(ENGLISH)) {
        const translated = catalog[key as keyof Catalog];
        expect([...placeholdersOf(translated)].sort(), `${locale} ${key}`).toEqual([...placeholdersOf(message)].sort());
        expect(typeof translated === 'string' ? translated : translated.other, `${locale} ${key}`).not.toBe('');
      }
    },
  );

  it('every English key is used in the source', () => {
    const source = sourceFiles(SRC)
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(ENGLISH).filter((key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });
});
