// The warnings an Ollama request carries, in German with the real catalogue: the parameter name, the
// endpoint and the image kinds stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog.ts';
import { setActiveLanguage } from '../../i18n/active-language.ts';
import { buildChatRequest } from './build-request.ts';

const ollama = { mode: 'ollama', base_url: 'http://localhost:11434' } as const;

describe('Ollama request warnings in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('names the dropped parameter and the skipped images in German', () => {
    const built = buildChatRequest(ollama, {
      model: 'llava',
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Hi' },
            { type: 'image_url', image_url: { url: 'https://example.test/a.png' } },
            { type: 'image_url', image_url: { url: 'https://example.test/b.png' } },
          ],
        },
      ],
      params: { tools: [{ type: 'function', function: { name: 'w' } }] },
    });
    expect(built.warnings).toEqual([
      'Ollama nimmt nur eingebettete Bilder (data: URL, base64); 2 als Link angegebene Bilder wurden nicht gesendet',
      '`tools` wird von Ollamas /api/generate nicht unterstützt und wurde nicht gesendet',
    ]);
  });
});
