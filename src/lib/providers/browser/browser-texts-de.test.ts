// A browser model's download and fit refusals in German with the real catalogue: the sentences are German,
// while sizes and status lines stay as measured.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog.ts';
import { setActiveLanguage } from '../../i18n/active-language.ts';
import { MAX_FILE_BYTES, refusalFor } from './fit-check.ts';
import { downloadModel } from './download.ts';
import type { ModelStore } from './model-store.ts';

const MB = 1024 ** 2;

describe('browser model texts in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('refuses a model that does not fit in German, sizes verbatim', () => {
    expect(refusalFor(MAX_FILE_BYTES + 1, {})).toBe(
      'Die Datei ist 2.0 GB groß; ein Modell in diesem Browser muss eine einzige Datei von höchstens 2 GB sein.',
    );
    expect(refusalFor(800 * MB, { quotaLeft: 300 * MB })).toBe(
      'Die Datei ist 800.0 MB groß, aber dieser Browser hat für diese Website nur noch 300.0 MB Speicher frei.',
    );
  });

  it('says why a download failed in German, the status line verbatim', async () => {
    const store = { putPending: async () => undefined, parts: async () => [], clearParts: async () => undefined };
    const fetch = async () => new Response('nope', { status: 404, statusText: 'Not Found' });
    await expect(
      downloadModel({
        id: 'x',
        name: 'x',
        url: 'https://models.test/x.gguf',
        store: store as unknown as ModelStore,
        fetch,
      }),
    ).rejects.toThrow('Der Server antwortete mit 404 Not Found.');
  });
});
