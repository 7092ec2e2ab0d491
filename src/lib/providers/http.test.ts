import { describe, expect, it } from 'vitest';
import { isProviderError, type ProviderError } from './errors.ts';
import { fetchText, requestUrlProblem, sendRequest, type ExchangeRecord, type HttpRequest } from './http.ts';
import { bodyStream, fakeFetch, hangingFetch } from './testing/fake-fetch.ts';

const post: HttpRequest = {
  method: 'POST',
  url: 'http://127.0.0.1:8080/v1/chat/completions',
  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer sk-secret-1234' },
  body: '{"model":"m"}',
};

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  try {
    await promise;
  } catch (error) {
    if (isProviderError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('sendRequest', () => {
  it('sends exactly the given method, headers and body; targetAddressSpace only when set', async () => {
    const fetch = fakeFetch(() => new Response('ok'));
    await sendRequest(post, { fetch });
    await sendRequest(post, { fetch, targetAddressSpace: 'loopback' });
    const [first, second] = fetch.calls;
    expect(first?.url).toBe(post.url);
    expect(first?.init.method).toBe('POST');
    expect(first?.init.headers).toEqual(post.headers);
    expect(first?.init.body).toBe(post.body);
    expect(first?.init).not.toHaveProperty('targetAddressSpace');
    expect(second?.init.targetAddressSpace).toBe('loopback');
  });

  it("never uses the HTTP cache: a model list is always the server's current one", async () => {
    const fetch = fakeFetch(() => new Response('{"data":[]}'));
    await sendRequest({ method: 'GET', url: 'http://127.0.0.1:8080/v1/models', headers: {} }, { fetch });
    await fetchText({ method: 'GET', url: 'http://127.0.0.1:8080/v1/models', headers: {} }, { fetch });
    expect(fetch.calls.map((c) => c.init.cache)).toEqual(['no-store', 'no-store']);
  });

  it('resolves at headers with status and every readable header, reporting a redacted exchange', async () => {
    const exchanges: ExchangeRecord[] = [];
    let t = 100;
    const fetch = fakeFetch(
      () =>
        new Response(bodyStream(['data: x\n\n'], 'hang'), {
          status: 200,
          headers: { 'Content-Type': 'text/event-stream', 'X-Request-Id': 'r1' },
        }),
    );
    const opened = await sendRequest(post, { fetch, onExchange: (r) => exchanges.push(r), now: () => (t += 5) });
    expect(opened.response).toEqual({
      status: 200,
      statusText: '',
      headers: { 'content-type': 'text/event-stream', 'x-request-id': 'r1' },
      body: '',
    });
    expect(opened.request.headers.Authorization).toBe('Bearer [redacted]');
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({
      duration_ms: 5,
      request: { method: 'POST', body: '{"model":"m"}' },
      response: { status: 200, body: '' },
    });
    expect(JSON.stringify(exchanges)).not.toContain('sk-secret');
    await opened.raw.body?.cancel();
  });

  it('non-2xx: http error with the parsed server message, response record and retryable by status', async () => {
    const body = '{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}';
    const exchanges: ExchangeRecord[] = [];
    const fetch = fakeFetch(
      () =>
        new Response(body, {
          status: 503,
          statusText: 'Service Unavailable',
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const error = await rejection(sendRequest(post, { fetch, onExchange: (r) => exchanges.push(r) }));
    expect(error).toEqual({
      name: 'ProviderError',
      kind: 'http',
      message: 'Loading model',
      serverMessage: 'Loading model',
      phase: 'request',
      request: {
        method: 'POST',
        url: post.url,
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer [redacted]' },
        body: '{"model":"m"}',
      },
      response: {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'content-type': 'application/json' },
        body,
      },
      retryable: true,
    });
    expect(exchanges[0]?.error).toEqual(error);
  });

  it.each([
    [400, false],
    [401, false],
    [404, false],
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [502, true],
  ])('status %i retryable=%s', async (status, retryable) => {
    const error = await rejection(sendRequest(post, { fetch: fakeFetch(() => new Response('x', { status })) }));
    expect(error.retryable).toBe(retryable);
  });

  it('HTML and empty error bodies: the message says so, the body is kept as evidence', async () => {
    const html = '<!DOCTYPE html><html><body>Bad gateway</body></html>';
    const htmlError = await rejection(
      sendRequest(post, { fetch: fakeFetch(() => new Response(html, { status: 502, statusText: 'Bad Gateway' })) }),
    );
    expect(htmlError.message).toBe('HTTP 502 Bad Gateway (the server sent an HTML page, not an API error)');
    expect(htmlError.serverMessage).toBeUndefined();
    expect(htmlError.response?.body).toBe(html);
    const empty = await rejection(
      sendRequest(post, { fetch: fakeFetch(() => new Response(null, { status: 404, statusText: 'Not Found' })) }),
    );
    expect(empty.message).toBe('HTTP 404 Not Found (empty body)');
  });

  it('caps the recorded error body at 16 KB', async () => {
    const error = await rejection(
      sendRequest(post, { fetch: fakeFetch(() => new Response('e'.repeat(100_000), { status: 500 })) }),
    );
    expect(error.response?.body.length).toBe(16 * 1024);
  });

  it('fetch rejection → network error with the cause as evidence', async () => {
    const error = await rejection(
      sendRequest(post, {
        fetch: fakeFetch(() => {
          throw new TypeError('Failed to fetch');
        }),
      }),
    );
    expect(error).toMatchObject({
      kind: 'network',
      phase: 'request',
      retryable: true,
      cause: 'TypeError: Failed to fetch',
    });
    expect(error.response).toBeUndefined();
    expect(error.request.headers.Authorization).toBe('Bearer [redacted]');
  });

  it('the kind never depends on the message text', async () => {
    const error = await rejection(
      sendRequest(post, {
        fetch: fakeFetch(() => {
          throw new TypeError('The operation was aborted due to timeout');
        }),
      }),
    );
    expect(error.kind).toBe('network');
  });

  it('user abort while waiting → aborted; an already-aborted signal never calls fetch', async () => {
    const controller = new AbortController();
    const pending = sendRequest(post, { fetch: hangingFetch(), signal: controller.signal });
    controller.abort();
    expect(await rejection(pending)).toMatchObject({ kind: 'aborted', phase: 'request', retryable: false });

    const fetch = fakeFetch(() => new Response('ok'));
    expect((await rejection(sendRequest(post, { fetch, signal: AbortSignal.abort() }))).kind).toBe('aborted');
    expect(fetch.calls).toHaveLength(0);
  });

  it('timeout before headers → timeout', async () => {
    const error = await rejection(sendRequest(post, { fetch: hangingFetch(), timeoutMs: 20 }));
    expect(error).toMatchObject({
      kind: 'timeout',
      phase: 'request',
      retryable: true,
      message: 'No response within 20 ms',
    });
  });

  it('the timeout stops counting once headers arrive', async () => {
    const fetch = fakeFetch(() => new Response(bodyStream(['a', 'b'])));
    const opened = await sendRequest(post, { fetch, timeoutMs: 20 });
    await new Promise((r) => setTimeout(r, 40));
    expect(await opened.raw.text()).toBe('ab');
  });

  it('a throwing observer does not break the request', async () => {
    const opened = await sendRequest(post, {
      fetch: fakeFetch(() => new Response('ok')),
      onExchange: () => {
        throw new Error('observer bug');
      },
    });
    expect(opened.response.status).toBe(200);
  });
});

describe('fetchText', () => {
  const get: HttpRequest = { method: 'GET', url: 'http://localhost:11434/api/tags', headers: {} };

  it('returns the whole text and reports the body start', async () => {
    const exchanges: ExchangeRecord[] = [];
    const reply = await fetchText(get, {
      fetch: fakeFetch(() => new Response('{"models":[]}')),
      onExchange: (r) => exchanges.push(r),
    });
    expect(reply.text).toBe('{"models":[]}');
    expect(exchanges[0]?.response?.body).toBe('{"models":[]}');
    expect(get).not.toHaveProperty('body');
  });

  it('a body that breaks while being read → network error in phase stream, with status', async () => {
    const error = await rejection(
      fetchText(get, { fetch: fakeFetch(() => new Response(bodyStream(['{"mod'], 'error'))) }),
    );
    expect(error).toMatchObject({ kind: 'network', phase: 'stream', response: { status: 200 } });
  });

  it('a body that never ends hits the timeout', async () => {
    const error = await rejection(
      fetchText(get, { fetch: fakeFetch(() => new Response(bodyStream(['{'], 'hang'))), timeoutMs: 20 }),
    );
    expect(error.kind).toBe('timeout');
  });
});

describe('URL guard (nothing reaches fetch unless the URL is absolute http(s) without credentials)', () => {
  it.each([
    ['scheme-less host', 'api.openai.com/v1/models', 'not-absolute'],
    ['relative path', '/v1/models', 'not-absolute'],
    ['empty', '', 'not-absolute'],
    ['other scheme', 'ftp://example.com/v1/models', 'scheme'],
    ['javascript', 'javascript:alert(1)', 'scheme'],
    ['credentials', 'http://user:pw@localhost:8080/v1/models', 'credentials'],
  ])('%s → requestUrlProblem %s', (_name, url, problem) => {
    expect(requestUrlProblem(url)).toBe(problem);
  });

  it.each(['http://localhost:8080/v1/models', 'https://api.openai.com/v1/models', 'http://[::1]:11434/api/tags'])(
    'accepts %s',
    (url) => {
      expect(requestUrlProblem(url)).toBeUndefined();
    },
  );

  it.each([
    'api.openai.com/v1/chat/completions',
    'http://me:secret@localhost:1234/v1/chat/completions',
    'file:///etc/passwd',
  ])('refuses %s before fetch, with code invalid-url, and reports the exchange without the key', async (url) => {
    const fetch = fakeFetch(() => new Response('ok'));
    const exchanges: ExchangeRecord[] = [];
    const error = await rejection(sendRequest({ ...post, url }, { fetch, onExchange: (r) => exchanges.push(r) }));
    expect(fetch.calls).toHaveLength(0);
    expect(error).toMatchObject({
      name: 'ProviderError',
      kind: 'http',
      code: 'invalid-url',
      phase: 'request',
      retryable: false,
    });
    expect(error).not.toHaveProperty('response');
    expect(error.message).toMatch(/not sent/);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.error?.code).toBe('invalid-url');
    expect(JSON.stringify([error, exchanges])).not.toContain('sk-secret');
    expect(JSON.stringify([error, exchanges])).not.toContain('me:secret');
  });

  it('fetchText refuses a scheme-less URL too', async () => {
    const fetch = fakeFetch(() => new Response('{"models":[]}'));
    const error = await rejection(
      fetchText({ method: 'GET', url: 'localhost:11434/api/tags', headers: {} }, { fetch }),
    );
    expect(error.code).toBe('invalid-url');
    expect(fetch.calls).toHaveLength(0);
  });
});

/** What a browser's fetch gives for a redirect it did not follow: type 'opaqueredirect', status 0, no headers. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
  Object.defineProperty(response, 'status', { value: 0 });
  return response;
}

describe('redirects (a key goes to its own connection or nowhere)', () => {
  it('a request carrying a key is sent with redirect: manual; one without keeps the default', async () => {
    const fetch = fakeFetch(() => new Response('ok'));
    await sendRequest(post, { fetch });
    await sendRequest({ ...post, headers: { 'Content-Type': 'application/json' } }, { fetch });
    await sendRequest({ ...post, headers: { 'x-api-key': 'k' } }, { fetch });
    expect(fetch.calls.map((c) => c.init.redirect)).toEqual(['manual', undefined, 'manual']);
  });

  it.each([
    ['a browser (opaque redirect)', opaqueRedirect, undefined],
    [
      'a server-side fetch (the 307 itself)',
      () => new Response(null, { status: 307, headers: { Location: 'http://other.example/v1/chat/completions' } }),
      307,
    ],
  ])('a redirect seen by %s → code redirect, not followed, key not in the error', async (_name, reply, status) => {
    const fetch = fakeFetch(reply);
    const exchanges: ExchangeRecord[] = [];
    const error = await rejection(sendRequest(post, { fetch, onExchange: (r) => exchanges.push(r) }));
    expect(fetch.calls).toHaveLength(1);
    expect(error).toMatchObject({
      name: 'ProviderError',
      kind: 'http',
      code: 'redirect',
      phase: 'request',
      retryable: false,
    });
    expect(error).not.toHaveProperty('response');
    expect(error.message).toMatch(/redirect/);
    if (status) expect(error.message).toContain('HTTP 307 to http://other.example/v1/chat/completions');
    expect(exchanges[0]?.error?.code).toBe('redirect');
    expect(JSON.stringify([error, exchanges])).not.toContain('sk-secret');
  });

  it('fetchText (model lists) refuses a redirect for a keyed request too', async () => {
    const fetch = fakeFetch(opaqueRedirect);
    const error = await rejection(
      fetchText(
        { method: 'GET', url: 'http://127.0.0.1:8080/v1/models', headers: { Authorization: 'Bearer sk-secret-1234' } },
        { fetch },
      ),
    );
    expect(error.code).toBe('redirect');
  });

  it('a 304 is not a redirect to refuse', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 304 }));
    const error = await rejection(sendRequest(post, { fetch }));
    expect(error.code).toBeUndefined();
    expect(error.response?.status).toBe(304);
  });
});
