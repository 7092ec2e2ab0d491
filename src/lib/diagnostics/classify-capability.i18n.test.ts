// Failures of requests beyond chat, in German: causes and fixes are translated; paths, model ids, commands
// and sizes are not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import type { ConnectionFacts } from './target-url.ts';
import { classify } from './classify.ts';
import { httpsChrome, providerError } from './test-fixtures.ts';

const LMSTUDIO: ConnectionFacts = {
  base_url: 'http://localhost:1234/v1',
  mode: 'openai_compatible',
  server_kind: 'lmstudio',
};
const LLAMACPP: ConnectionFacts = {
  base_url: 'http://localhost:8080/v1',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
};
const MULTIPART = { 'content-type': 'multipart/form-data; boundary=----sb1234' };

describe('failures of requests beyond chat, in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('says in German that LM Studio has no speech to text, with the docker command verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = classify({
      connection: LMSTUDIO,
      page: httpsChrome(),
      error: providerError('http', {
        url: 'http://localhost:1234/v1/audio/transcriptions',
        headers: MULTIPART,
        status: 404,
        responseBody: '{"error":"Unexpected endpoint or method. (POST /v1/audio/transcriptions)"}',
      }),
    });
    expect(d.title).toBe('LM Studio kann kein Sprache zu Text (kein /audio/transcriptions)');
    expect(d.evidence).toContain('Server, die Sprache zu Text können, antworten unter /audio/transcriptions');
    const elsewhere = d.fixes.at(-1);
    expect(elsewhere?.title).toBe('Einen Server verwenden, der Sprache zu Text kann');
    expect(elsewhere?.text).toContain('(Einstellungen → Server hinzufügen;');
    expect(elsewhere?.commands).toEqual([
      {
        label: 'Speaches (Sprache zu Text und Text zu Sprache) auf Port 8000 ausführen',
        command: 'docker run --rm -p 8000:8000 ghcr.io/speaches-ai/speaches:latest-cpu',
        platform: 'docker',
      },
    ]);
  });

  it('names a chat model asked for embeddings in German and keeps the llama-server switch verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = classify({
      connection: LLAMACPP,
      page: httpsChrome(),
      error: providerError('http', {
        url: 'http://localhost:8080/v1/embeddings',
        body: '{"model":"m","input":["a"]}',
        status: 501,
        responseBody:
          '{"error":{"code":501,"message":"This server does not support embeddings. Start it with `--embeddings`","type":"not_supported_error"}}',
      }),
    });
    expect(d.title).toBe('Dieser Server hat Embeddings ausgeschaltet');
    expect(d.fixes[0]?.title).toBe('llama-server mit --embeddings starten');
    expect(d.fixes[0]?.commands?.[0]?.command).toBe('llama-server -m embedding-model.gguf --embeddings');
  });
});
