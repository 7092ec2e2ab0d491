// Refusing a file that is not a model, in German with the real catalogue: the file name and the
// extension stay verbatim.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/svelte-query';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import { addBrowserConnection, keepModelFile } from './browser-model.ts';

describe('browser model actions in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('refuses a file that is not a GGUF in German', async () => {
    const file = new File(['x'], 'notes.txt');
    await expect(keepModelFile({} as QueryClient, file)).rejects.toThrow(
      '"notes.txt" ist keine GGUF-Datei (ihr Name sollte auf .gguf enden).',
    );
  });

  it('names the new "This browser" connection in German', async () => {
    const client = { invalidateQueries: async () => undefined } as unknown as QueryClient;
    expect((await addBrowserConnection(client, () => 1)).name).toBe('Dieser Browser');
  });
});
