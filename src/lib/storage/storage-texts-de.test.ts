// Storage alerts and usage are written in the active language (German here, with the real catalogue).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import { classifyStorageError } from './storage-errors.ts';
import { describeUsage } from './storage-usage.ts';
import { missingPieceText } from './piece-store.ts';

describe('storage texts in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('explains a full disk in German, the browser’s own detail verbatim', () => {
    const problem = classifyStorageError(new DOMException('disk full', 'QuotaExceededError'));
    expect(problem.what).toBe(
      'Der Browser hat keinen Platz mehr, um Ihre Chats zu speichern (Speicherkontingent überschritten).',
    );
    expect(problem.advice).toMatch(/^Laden Sie diesen Chat jetzt herunter/);
    expect(problem.detail).toBe('QuotaExceededError: disk full');
  });

  it('writes usage with German numbers', () => {
    // Intl writes a no-break space between number and unit
    const usage = describeUsage({ usage: 1_200_000, quota: 10_000_000_000 })?.replace(/\s/g, ' ');
    expect(usage).toBe('1,2 MB von 10 GB belegt (0,01 %)');
  });

  it('marks a missing piece of a long text in German', () => {
    expect(missingPieceText(0)).toBe('\n[Teil 1 dieser Nachricht fehlt]\n');
  });
});
