// HTTP diagnoses in German: cause, evidence and fixes are written in the active language, while methods,
// URLs, paths, server messages and commands stay exactly as they are.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { classify } from './classify.ts';
import { httpsChrome, providerError } from './test-fixtures.ts';
import type { ConnectionFacts } from './target-url.ts';

const LLAMACPP: ConnectionFacts = {
  base_url: 'http://localhost:8080/v1',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
};
const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };

describe('HTTP diagnoses in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('writes a refused key in German, with the request line and server message verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const error = providerError('http', {
      url: 'http://localhost:8080/v1/chat/completions',
      status: 401,
      statusText: 'Unauthorized',
      responseBody: '{"error":{"message":"Invalid API Key","type":"authentication_error","code":401}}',
    });
    const d = classify({ error, connection: LLAMACPP, page: httpsChrome() });
    expect(d.cause).toBe('auth');
    expect(d.title).toBe('Der Server verlangt einen gültigen API-Schlüssel');
    expect(d.evidence).toEqual([
      'POST http://localhost:8080/v1/chat/completions antwortete mit HTTP 401 Unauthorized',
      'Der Server sagte: „Invalid API Key“',
      'Die Anfrage enthielt keinen API-Schlüssel',
    ]);
  });

  it('writes a body in the wrong format in German, keeping the format sample verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const error = providerError('invalid-response', {
      url: 'http://localhost:11434/api/tags',
      method: 'GET',
      status: 200,
      responseBody: '{"object":"list","data":[{"id":"m"}]}',
    });
    const d = classify({ error, connection: OLLAMA, page: httpsChrome() });
    expect(d.title).toBe('Der Server spricht die OpenAI-API, aber diese Verbindung verwendet den Ollama-Modus');
    expect(d.evidence).toContain('Der Inhalt ist eine OpenAI-Modellliste ({"object": "list", "data": […]})');
  });
});
