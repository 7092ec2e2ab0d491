// Fixes for answers that are no answer, in German: the advice is translated, URLs, paths and commands are not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog.ts';
import { setActiveLanguage } from '../../i18n/active-language.ts';
import { noModelsFixes, ollamaInOpenAiModeFixes, webUiFixes, wrongModeFixes } from './answers.ts';

describe('fixes for replies that are no usable answer, in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes the Ollama-mode fixes in German with the URL and the curl command verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const [native, update] = ollamaInOpenAiModeFixes('http://h:11434', true);
    expect(native?.title).toBe('Diese Verbindung auf den Modus Ollama umstellen');
    expect(native?.text).toContain('Modus „Ollama“, Basis-URL http://h:11434.');
    expect(update?.title).toBe('Oder Ollama aktualisieren, um den Modus OpenAI-kompatibel zu behalten');
    expect(update?.commands).toEqual([
      { label: 'Version von Ollama', command: 'curl -s "http://h:11434/api/version"', platform: 'any' },
    ]);
  });

  it('names the mode as the connection form does and keeps ports and pull commands as written', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    expect(wrongModeFixes('openai', 'http://h:1/v1')[0]?.title).toBe(
      'Diese Verbindung auf den Modus OpenAI-kompatibel umstellen',
    );
    expect(webUiFixes('ollama', 'http://h:3000')[0]?.text).toContain('Port 11434');
    expect(noModelsFixes('ollama')[0]).toEqual({
      title: 'Ein Modell herunterladen',
      text: 'Ollama hat noch keine Modelle.',
      commands: [{ label: 'Zum Beispiel', command: 'ollama pull llama3.2', platform: 'any' }],
    });
  });
});
