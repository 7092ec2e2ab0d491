import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import type { ProviderError } from '../providers/errors.ts';
import { connectionStatus, shortCause } from './connection-status.ts';

const c: Connection = { id: 'a', name: 'A', mode: 'openai', base_url: 'http://h/v1', enabled: true, created_at: 1, updated_at: 1 };
const err = (extra: Partial<ProviderError>): ProviderError => ({
  name: 'ProviderError', kind: 'http', message: 'm', phase: 'request', retryable: false, request: { method: 'GET', url: 'http://h/v1/models', headers: {} }, ...extra,
});

describe('connection status', () => {
  it.each([
    [{ isPending: true, isFetching: true, error: null }, 'checking', 'Checking…'],
    [{ isPending: false, isFetching: false, error: null, data: [{ id: 'x' }] }, 'online', 'Online · 1 model'],
    [{ isPending: false, isFetching: false, error: null, data: [] }, 'online', 'Online · 0 models'],
    [{ isPending: false, isFetching: false, error: err({ kind: 'timeout' }) }, 'failed', 'Failed: no answer in time'],
  ] as const)('%j', (q, state, text) => {
    expect(connectionStatus(c, q)).toMatchObject({ state, text });
  });

  it('says disabled before anything else', () => {
    expect(connectionStatus({ ...c, enabled: false }, { isPending: true, isFetching: true, error: null })).toEqual({ state: 'disabled', text: 'Disabled' });
  });

  it('names refusals made before sending, and the server\'s own message otherwise', () => {
    expect(shortCause(err({ code: 'missing-api-key' }))).toBe('this server needs an API key');
    expect(shortCause(err({ code: 'invalid-url' }))).toContain('nothing was sent');
    expect(shortCause(err({ response: { status: 404, statusText: 'Not Found', headers: {}, body: '' }, serverMessage: "model 'x' not found" }))).toBe("HTTP 404: model 'x' not found");
  });
});
