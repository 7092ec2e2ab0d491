import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import type { ProviderError } from '../providers/errors.ts';
import { connectionStatus, shortCause, shortStatus, turnFailureText } from './connection-status.ts';

const c: Connection = {
  id: 'a',
  name: 'A',
  mode: 'openai',
  base_url: 'http://h/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};
const err = (extra: Partial<ProviderError>): ProviderError => ({
  name: 'ProviderError',
  kind: 'http',
  message: 'm',
  phase: 'request',
  retryable: false,
  request: { method: 'GET', url: 'http://h/v1/models', headers: {} },
  ...extra,
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

  it('short status for the model picker: Online, Checking…, Unreachable, Failed, Disabled', () => {
    const idle = { isPending: false, isFetching: false, error: null };
    expect(shortStatus(connectionStatus(c, { ...idle, data: [{ id: 'x' }] }))).toBe('Online');
    expect(shortStatus(connectionStatus(c, { ...idle, isPending: true, isFetching: true }))).toBe('Checking…');
    expect(shortStatus(connectionStatus(c, { ...idle, error: err({ kind: 'network' }) }))).toBe('Unreachable');
    expect(shortStatus(connectionStatus(c, { ...idle, error: err({ kind: 'timeout' }) }))).toBe('Unreachable');
    expect(shortStatus(connectionStatus(c, { ...idle, error: err({}) }))).toBe('Failed');
    const typed = { ...idle, data: [{ id: 'typed', manual: true }] };
    expect(shortStatus(connectionStatus(c, typed, err({ kind: 'network' })))).toBe('Unreachable');
    expect(shortStatus(connectionStatus({ ...c, enabled: false }, idle))).toBe('Disabled');
  });

  it('is never Online when the server failed and only typed-in model ids stand in for its list', () => {
    const down = err({ kind: 'network' });
    const q = { isPending: false, isFetching: false, error: null, data: [{ id: 'typed', manual: true }] };
    const status = connectionStatus(c, q, down);
    expect(status).toMatchObject({ state: 'failed', text: 'Unreachable · 1 model typed by hand', error: down });
    expect(connectionStatus(c, { ...q, data: [{ id: 'a' }, { id: 'b' }] }, down).text).toBe(
      'Unreachable · 2 models typed by hand',
    );
    const notFound = err({ response: { status: 404, headers: {} } as ProviderError['response'] });
    expect(connectionStatus(c, q, notFound)).toMatchObject({
      state: 'failed',
      text: 'Model list failed: HTTP 404 · 1 model typed by hand',
    });
  });

  it('says disabled before anything else', () => {
    expect(connectionStatus({ ...c, enabled: false }, { isPending: true, isFetching: true, error: null })).toEqual({
      state: 'disabled',
      text: 'Disabled',
    });
  });

  it("names refusals made before sending, and the server's own message otherwise", () => {
    expect(shortCause(err({ code: 'missing-api-key' }))).toBe('this server needs an API key');
    expect(shortCause(err({ code: 'invalid-url' }))).toContain('nothing was sent');
    expect(
      shortCause(
        err({
          response: { status: 404, statusText: 'Not Found', headers: {}, body: '' },
          serverMessage: "model 'x' not found",
        }),
      ),
    ).toBe("HTTP 404: model 'x' not found");
  });

  it('a failed chat turn shows the full sentence of a failure that happened mid-answer', () => {
    const idle = 'No data from h for 2 s; the stream was stopped. The text received so far is kept.';
    expect(turnFailureText(err({ kind: 'timeout', phase: 'stream', message: idle }))).toBe(idle);
    expect(
      turnFailureText(
        err({ kind: 'invalid-response', phase: 'stream', message: 'The server answered with a web page (HTML)' }),
      ),
    ).toBe('The server answered with a web page (HTML)');
    expect(turnFailureText(err({ kind: 'http', phase: 'stream', serverMessage: 'oom' }))).toBe(
      'The server reported an error in the middle of the answer',
    );
    expect(
      turnFailureText(
        err({ kind: 'network', phase: 'stream', message: 'The connection broke while the reply was streaming' }),
      ),
    ).toMatch(/kept\.$/);
    expect(turnFailureText(err({ code: 'missing-api-key' }))).toBe('this server needs an API key');
  });
});
