// Connection statuses are written in the active language (German here, with the real catalogue); HTTP
// statuses and what the server said stay verbatim.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import { loadTranslations } from '../i18n/catalog.ts';
import type { ProviderError } from '../providers/errors.ts';
import { connectionStatus, shortCause } from './connection-status.ts';
import { KIND_TAGS } from './serves-summary.ts';

const c: Connection = {
  id: 'a',
  name: 'A',
  mode: 'openai',
  base_url: 'http://h/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};
const idle = { isPending: false, isFetching: false, error: null };

describe('query texts in German', () => {
  beforeEach(async () => setActiveLanguage('de', await loadTranslations('de')));
  afterEach(() => setActiveLanguage('en', undefined));

  it('counts models the German way', () => {
    const data = Array.from({ length: 1200 }, (_, i) => ({ id: `m${i}` }));
    expect(connectionStatus(c, { ...idle, data }).text).toBe('Online · 1.200 Modelle');
    expect(KIND_TAGS.embeddings).toBe('Embedding (nicht für Chats)');
  });

  it('keeps the HTTP status and the server’s words verbatim', () => {
    const e = {
      name: 'ProviderError',
      kind: 'network',
      message: 'm',
      phase: 'request',
      retryable: false,
      request: { method: 'GET', url: 'http://h/v1/models', headers: {} },
    } satisfies ProviderError;
    expect(shortCause(e)).toBe('keine Verbindung (Server aus oder vom Browser blockiert)');
    const http = {
      ...e,
      kind: 'http',
      serverMessage: 'model not found',
      response: { status: 404, statusText: '', headers: {}, body: '' },
    } satisfies ProviderError;
    expect(shortCause(http)).toBe('HTTP 404: model not found');
  });
});
