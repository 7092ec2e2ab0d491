// The page rules checked before a request, in German: the title and fixes are German, addresses verbatim.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { preflightCheck } from './preflight-check.ts';
import { httpsChrome } from './test-fixtures.ts';

describe('preflight check in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('explains mixed content in German and keeps the suggested URL verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = preflightCheck('http://gpu-box.example:8080/v1', httpsChrome());
    expect(d?.cause).toBe('mixed-content');
    expect(d?.title).toBe('Diese https-Seite kann gpu-box.example:8080 nicht über einfaches http aufrufen');
    const localhost = d?.fixes.find((f) => f.title.includes('localhost'));
    expect(localhost?.title).toBe('Läuft der Server auf diesem Computer, verwenden Sie http://localhost:8080');
    expect(localhost?.text).toContain('Ändern Sie die Basis-URL zu http://localhost:8080/v1.');
  });

  it('writes an invalid URL in German', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = preflightCheck('ftp://files.example', httpsChrome());
    expect(d?.title).toBe('Die Server-URL muss mit http:// oder https:// beginnen');
  });
});
