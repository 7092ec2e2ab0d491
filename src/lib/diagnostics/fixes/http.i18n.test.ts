// HTTP-error fixes in German: the advice is translated; commands, options, URLs and model names are not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../../i18n/catalog.ts';
import { setActiveLanguage } from '../../i18n/active-language.ts';
import { authFixes, modelNotFoundFixes, rateLimitFixes, wrongPathFixes } from './index.ts';

describe('HTTP-error fixes in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes a missing Ollama model in German with its commands verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const [download, pick] = modelNotFoundFixes('ollama', 'qwen3:8b', new URL('http://localhost:11434'));
    expect(download?.title).toBe('qwen3:8b in Ollama herunterladen');
    expect(download?.commands).toEqual([
      { label: 'Das Modell herunterladen', command: 'ollama pull "qwen3:8b"', platform: 'any' },
      { label: 'Installierte Modelle auflisten', command: 'ollama list', platform: 'any' },
    ]);
    expect(pick?.title).toBe('Ein Modell wählen, das der Server auflistet');
  });

  it('keeps key options verbatim and lists alternative URLs the German way', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    expect(authFixes('llamacpp', 401, true)[1]?.text).toBe(
      'llama-server prüft Schlüssel nur, wenn es mit --api-key gestartet wurde; geben Sie diesen Schlüssel hier ein.',
    );
    const [tryBase] = wrongPathFixes('ollama', 'http://h:11434/v1', ['http://h:11434', 'http://h:11434/api'], false);
    expect(tryBase?.text).toContain('Versuchen Sie http://h:11434 oder http://h:11434/api.');
    expect(rateLimitFixes('openai', '20')[0]?.text).toContain('Der Server bittet, 20 s zu warten.');
  });

  it('keeps the English list of alternative URLs as it was', () => {
    const [tryBase] = wrongPathFixes('ollama', 'http://h/v1', ['http://a', 'http://b', 'http://c'], false);
    expect(tryBase?.text).toContain('Try http://a or http://b or http://c.');
  });
});
