// HTTP answers and wrong-shape bodies through the public classify(). Bodies marked "recorded" are the
// real bytes from llama-server / KoboldCpp transcripts; others follow the servers' documented formats.
import { describe, expect, it } from 'vitest';
import type { ConnectionFacts } from './target-url.ts';
import type { Diagnosis } from './types.ts';
import { classify } from './classify.ts';
import { httpsChrome, providerError } from './test-fixtures.ts';

const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const OLLAMA_V1: ConnectionFacts = {
  base_url: 'http://localhost:11434/v1',
  mode: 'openai_compatible',
  server_kind: 'ollama',
};
const LLAMACPP: ConnectionFacts = {
  base_url: 'http://localhost:8080/v1',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
};
const JAN: ConnectionFacts = { base_url: 'http://localhost:1337/v1', mode: 'openai_compatible', server_kind: 'jan' };
const TEXTGEN: ConnectionFacts = {
  base_url: 'http://192.168.1.20:5000/v1',
  mode: 'openai_compatible',
  server_kind: 'textgen',
};
const OPENAI: ConnectionFacts = { base_url: 'https://api.openai.com/v1', mode: 'openai', server_kind: 'openai' };

function http(
  connection: ConnectionFacts,
  url: string,
  status: number,
  responseBody: string,
  extra: Parameters<typeof providerError>[1] = {},
): Diagnosis {
  const error = providerError('http', { url, status, responseBody, ...extra });
  return classify({ error, connection, page: httpsChrome() });
}
function shape(
  connection: ConnectionFacts,
  url: string,
  responseBody: string,
  contentType = 'application/json',
): Diagnosis {
  const error = providerError('invalid-response', {
    url,
    method: 'GET',
    status: 200,
    responseBody,
    responseHeaders: { 'content-type': contentType },
  });
  return classify({ error, connection, page: httpsChrome() });
}
const text = (d: Diagnosis) =>
  d.fixes.map((f) => `${f.title}\n${f.text}\n${(f.commands ?? []).map((c) => c.command).join('\n')}`).join('\n');

const LLAMA_401 = '{"error":{"message":"Invalid API Key","type":"authentication_error","code":401}}'; // recorded
const LLAMA_404 = '{"error":{"message":"File Not Found","type":"not_found_error","code":404}}'; // recorded
const KOBOLD_401 =
  '{"detail": {"error": "Unauthorized", "msg": "Authentication key is missing or invalid.", "type": "unauthorized"}}'; // recorded
const KOBOLD_404 = 'Error: HTTP Server is running, but this endpoint does not exist. Please check the URL.'; // recorded
const LLAMA_BOTH_LISTS =
  '{"models":[{"name":"tiny.gguf","model":"tiny.gguf"}],"object":"list","data":[{"id":"tiny.gguf","object":"model","owned_by":"llamacpp"}]}'; // recorded (trimmed)

describe('HTTP status mapping', () => {
  it('401 → auth, with the server message and key facts', () => {
    const d = http(LLAMACPP, 'http://localhost:8080/v1/models', 401, LLAMA_401, { method: 'GET', headers: {} });
    expect(d.cause).toBe('auth');
    expect(d.evidence).toContain('The server said: "Invalid API Key"');
    expect(d.evidence).toContain('The request carried no API key');
    expect(d.fixes[0]?.title).toBe('Add an API key');
    expect(text(d)).toContain('--api-key');
  });

  it('401 with a key sent → check the key', () => {
    const d = http(LLAMACPP, 'http://localhost:8080/v1/chat/completions', 401, LLAMA_401, {
      headers: { authorization: '[redacted]' },
    });
    expect(d.fixes[0]?.title).toBe('Check the API key');
    expect(d.evidence).toContain('The request carried an API key');
  });

  it('401 from KoboldCpp reads detail.msg', () => {
    const d = http(
      { base_url: 'http://localhost:5001/v1', mode: 'openai_compatible', server_kind: 'koboldcpp' },
      'http://localhost:5001/v1/chat/completions',
      401,
      KOBOLD_401,
    );
    expect(d.evidence).toContain('The server said: "Authentication key is missing or invalid."');
    expect(text(d)).toContain('--password');
  });

  it('Jan: 401 says a key is required; 403 mentions Trusted Hosts', () => {
    expect(text(http(JAN, 'http://localhost:1337/v1/models', 401, '{"message":"Unauthorized"}'))).toContain(
      'Jan requires an API key',
    );
    expect(text(http(JAN, 'http://localhost:1337/v1/models', 403, ''))).toContain('Trusted Hosts');
  });

  it("403 on Ollama notes that Ollama's own 403 is never readable", () => {
    const d = http(OLLAMA, 'http://localhost:11434/api/chat', 403, '');
    expect(d.cause).toBe('auth');
    expect(text(d)).toContain('could never read it');
  });

  it.each([
    ['Ollama native', OLLAMA, 'http://localhost:11434/api/chat', '{"error":"model \'llama9\' not found"}', 'llama9'],
    [
      'Ollama /v1',
      OLLAMA_V1,
      'http://localhost:11434/v1/chat/completions',
      '{"error":{"message":"model \\"llama9\\" not found, try pulling it first","type":"api_error"}}',
      'llama9',
    ],
    [
      'OpenAI code',
      OPENAI,
      'https://api.openai.com/v1/chat/completions',
      '{"error":{"message":"The model `gpt-9` does not exist or you do not have access to it.","type":"invalid_request_error","code":"model_not_found"}}',
      'gpt-9',
    ],
  ])('404 with a model message → model-not-found (%s)', (_n, conn, url, body, model) => {
    const d = http(conn, url, 404, body, { body: JSON.stringify({ model, messages: [] }) });
    expect(d.cause).toBe('model-not-found');
    expect(d.title).toContain(model);
  });

  it('model-not-found on Ollama offers ollama pull with the model name', () => {
    const d = classify({
      error: providerError('http', {
        url: 'http://localhost:11434/api/chat',
        status: 404,
        responseBody: '{"error":"model \'qwen3:8b\' not found"}',
      }),
      connection: OLLAMA,
      page: httpsChrome(),
      requestedModel: 'qwen3:8b',
    });
    expect(text(d)).toContain('ollama pull "qwen3:8b"');
  });

  it('404 without a model message → wrong-path, suggesting /v1', () => {
    const conn = { ...LLAMACPP, base_url: 'http://localhost:8080' };
    const d = http(conn, 'http://localhost:8080/chat/completions', 404, LLAMA_404);
    expect(d.cause).toBe('wrong-path');
    expect(text(d)).toContain('http://localhost:8080/v1');
  });

  it('404 with /v1/v1 → doubled path', () => {
    const conn = { ...LLAMACPP, base_url: 'http://localhost:8080/v1/v1' };
    const d = http(conn, 'http://localhost:8080/v1/v1/models', 404, LLAMA_404);
    expect(d.cause).toBe('wrong-path');
    expect(d.title).toContain('/v1 twice');
    expect(d.fixes[0]?.text).toContain('http://localhost:8080/v1.');
  });

  it('404 in Ollama mode with /v1 in the base → remove /v1', () => {
    const d = http(
      { ...OLLAMA, base_url: 'http://localhost:11434/v1' },
      'http://localhost:11434/v1/api/tags',
      404,
      '404 page not found',
    );
    expect(d.cause).toBe('wrong-path');
    expect(d.fixes[0]?.title).toBe('Try the base URL http://localhost:11434');
  });

  it('404 from KoboldCpp in Ollama mode → wrong-path with a mode switch, kind guessed', () => {
    const d = http(
      { base_url: 'http://localhost:5001', mode: 'ollama' },
      'http://localhost:5001/api/chat',
      404,
      KOBOLD_404,
      { responseHeaders: { 'content-type': 'text/html' } },
    );
    expect(d.cause).toBe('wrong-path');
    expect(text(d)).toContain('OpenAI-compatible mode');
    expect(d.guessedKind).toBe('koboldcpp');
  });

  describe('404 in OpenAI mode from a server whose root says "Ollama is running"', () => {
    const prints = (origin: string) => ({
      url: `${origin}/v1/models`,
      fingerprints: [
        { url: `${origin}/`, ok: true, ms: 3, status: 200, body: 'Ollama is running', headers: {} },
        { url: `${origin}/api/version`, ok: true, ms: 3, status: 200, body: '{"version":"0.1.20"}', headers: {} },
      ],
    });
    const ollamaSays = (connection: ConnectionFacts, url: string) =>
      classify({
        error: providerError('http', {
          url,
          method: 'GET',
          status: 404,
          responseBody: '404 page not found',
          responseHeaders: { 'content-type': 'text/plain' },
        }),
        connection,
        page: httpsChrome(),
        probes: prints('http://localhost:11500'),
      });

    it('no /v1 layer → wrong-mode: use Ollama mode, or update Ollama', () => {
      const d = ollamaSays(
        { base_url: 'http://localhost:11500/v1', mode: 'openai_compatible' },
        'http://localhost:11500/v1/models',
      );
      expect(d.cause).toBe('wrong-mode');
      expect(d.guessedKind).toBe('ollama');
      expect(d.evidence.filter((e) => e.includes('answered "Ollama is running"'))).toHaveLength(1);
      expect(d.fixes[0]?.title).toBe('Switch this connection to Ollama mode');
      expect(d.fixes[0]?.text).toContain('base URL http://localhost:11500.');
      expect(text(d)).toContain('curl -s "http://localhost:11500/api/version"');
      expect(text(d)).not.toContain('keep OpenAI-compatible mode with base URL');
    });

    it('a wrong path on an Ollama that has /v1 → Ollama mode, or its /v1 URL', () => {
      const d = ollamaSays(
        { base_url: 'http://localhost:11500/api', mode: 'openai_compatible', server_kind: 'ollama' },
        'http://localhost:11500/api/models',
      );
      expect(d.cause).toBe('wrong-mode');
      expect(d.guessedKind).toBeUndefined();
      expect(text(d)).toContain('keep OpenAI-compatible mode with base URL http://localhost:11500/v1');
    });

    it('stays wrong-path in Ollama mode and without fingerprints', () => {
      const native = ollamaSays(
        { base_url: 'http://localhost:11500/v1', mode: 'ollama' },
        'http://localhost:11500/v1/api/tags',
      );
      expect(native.cause).toBe('wrong-path');
      const plain = http(
        { base_url: 'http://localhost:11500/v1', mode: 'openai_compatible' },
        'http://localhost:11500/v1/models',
        404,
        '404 page not found',
      );
      expect(plain.cause).toBe('wrong-path');
    });
  });

  it('429 → rate-limited with Retry-After', () => {
    const d = http(
      OPENAI,
      'https://api.openai.com/v1/chat/completions',
      429,
      '{"error":{"message":"Rate limit reached"}}',
      { responseHeaders: { 'retry-after': '20' } },
    );
    expect(d.cause).toBe('rate-limited');
    expect(text(d)).toContain('wait 20 s');
  });

  it('429 insufficient_quota and 402 → quota', () => {
    expect(
      http(
        OPENAI,
        'https://api.openai.com/v1/chat/completions',
        429,
        '{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}',
      ).cause,
    ).toBe('quota');
    expect(
      http(
        { base_url: 'https://openrouter.ai/api/v1', mode: 'openai_compatible', server_kind: 'openrouter' },
        'https://openrouter.ai/api/v1/chat/completions',
        402,
        '{"error":{"message":"Insufficient credits","code":402}}',
      ).cause,
    ).toBe('quota');
  });

  it('503 "Loading model" from llama.cpp → loading', () => {
    const d = http(
      LLAMACPP,
      'http://localhost:8080/v1/chat/completions',
      503,
      '{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}',
    );
    expect(d.cause).toBe('loading');
  });

  it('400 "Invalid host header" → invalid-host-header', () => {
    const d = http(TEXTGEN, 'http://192.168.1.20:5000/v1/models', 400, '{"detail":"Invalid host header"}');
    expect(d.cause).toBe('invalid-host-header');
    expect(text(d)).toContain('http://localhost:5000');
    expect(text(d)).toContain('--listen');
  });

  it('other 400 → bad-request; "does not support" adds a model hint', () => {
    const d = http(
      OLLAMA,
      'http://localhost:11434/api/chat',
      400,
      '{"error":"\\"nomic-embed-text\\" does not support chat"}',
    );
    expect(d.cause).toBe('bad-request');
    expect(d.fixes[0]?.title).toContain('supports chat');
  });

  it.each([500, 502, 504])('%i → server-error', (status) => {
    expect(
      http(LLAMACPP, 'http://localhost:8080/v1/chat/completions', status, '{"error":{"message":"boom"}}').cause,
    ).toBe('server-error');
  });

  it('unusual status → http-other', () => {
    expect(http(LLAMACPP, 'http://localhost:8080/v1/models', 418, 'teapot').cause).toBe('http-other');
  });
});

describe('errors raised locally or inside a 2xx answer', () => {
  it('missing-api-key (no response) → auth, key needed', () => {
    const error = {
      ...providerError('http', { url: 'https://api.openai.com/v1/models', method: 'GET' }),
      code: 'missing-api-key' as const,
    };
    const d = classify({ error, connection: OPENAI, page: httpsChrome() });
    expect(d.cause).toBe('auth');
    expect(d.title).toBe('This connection needs an API key');
    expect(d.fixes[0]?.title).toBe('Add an API key');
  });

  it('an error line inside a 200 Ollama stream is read by its message', () => {
    const d = http(OLLAMA, 'http://localhost:11434/api/chat', 200, '', {
      serverMessage: 'an error was encountered while running the model: unexpected EOF',
      phase: 'stream',
    });
    expect(d.cause).toBe('server-error');
    expect(d.evidence[0]).toContain('answered HTTP 200, then reported an error in the middle of the answer');
    expect(d.evidence[1]).toContain('unexpected EOF');
  });

  it('the numeric error.code inside a 200 body counts as the status', () => {
    const d = http(
      LLAMACPP,
      'http://localhost:8080/v1/chat/completions',
      200,
      'data: {"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}',
      { phase: 'stream' },
    );
    expect(d.cause).toBe('loading');
  });

  it('a model error inside a 200 body → model-not-found', () => {
    const d = http(OLLAMA, 'http://localhost:11434/api/chat', 200, '', {
      serverMessage: "model 'x' not found",
      phase: 'stream',
    });
    expect(d.cause).toBe('model-not-found');
  });
});

describe('wrong-shape 2xx bodies', () => {
  it('HTML → web-ui-not-api', () => {
    const d = shape(
      LLAMACPP,
      'http://localhost:8080/v1/models',
      '<!doctype html><html><head><title>UI</title></head></html>',
      'text/html',
    );
    expect(d.cause).toBe('web-ui-not-api');
  });

  it("Ollama's model list in OpenAI mode → wrong-mode (suggests Ollama mode)", () => {
    const d = shape(
      { base_url: 'http://localhost:11434', mode: 'openai_compatible' },
      'http://localhost:11434/api/tags',
      '{"models":[{"name":"llama3.2:latest","model":"llama3.2:latest"}]}',
    );
    expect(d.cause).toBe('wrong-mode');
    expect(d.guessedKind).toBe('ollama');
    expect(text(d)).toContain('mode "Ollama" with base URL http://localhost:11434');
  });

  it('an OpenAI model list in Ollama mode → wrong-mode (suggests /v1)', () => {
    const d = shape(
      { base_url: 'http://localhost:1234', mode: 'ollama' },
      'http://localhost:1234/api/tags',
      '{"object":"list","data":[{"id":"qwen","object":"model","owned_by":"organization_owner"}]}',
    );
    expect(d.cause).toBe('wrong-mode');
    expect(text(d)).toContain('http://localhost:1234/v1');
    expect(d.guessedKind).toBe('lmstudio');
  });

  it("llama.cpp's double list is not mistaken for Ollama", () => {
    const d = shape(
      { base_url: 'http://localhost:8080/v1', mode: 'openai_compatible' },
      'http://localhost:8080/v1/models',
      LLAMA_BOTH_LISTS,
    );
    expect(d.cause).toBe('invalid-response');
    expect(d.guessedKind).toBe('llamacpp');
  });

  it('empty body → invalid-response', () => {
    const d = shape(LLAMACPP, 'http://localhost:8080/v1/models', '');
    expect(d.cause).toBe('invalid-response');
    expect(d.evidence).toContain('The body was empty');
  });

  it('a stream stopped part-way keeps no body: its own message is the evidence, not "empty"', () => {
    const message =
      'The server sent a line longer than 16 MB without a line break; the stream was stopped. The text received so far is kept.';
    const error = { ...providerError('invalid-response', { status: 200, responseBody: '', phase: 'stream' }), message };
    const d = classify({ error, connection: LLAMACPP, page: httpsChrome() });
    expect(d.evidence).toContain(message);
    expect(d.evidence).not.toContain('The body was empty');
  });
});

describe('a redirect of a keyed request (not followed by http.ts)', () => {
  it('says the server redirects elsewhere, that nothing went there, and how to find the real address', async () => {
    const { redirectError } = await import('../providers/create-error.ts');
    const request = {
      method: 'POST',
      url: 'http://localhost:8080/v1/chat/completions',
      headers: { Authorization: 'Bearer [redacted]' },
    };
    const d = classify({ error: redirectError(request), connection: LLAMACPP, page: httpsChrome() });
    expect(d.cause).toBe('redirect');
    expect(d.severity).toBe('error');
    expect(d.title).toBe('The server redirects this request elsewhere');
    expect(d.evidence.join('\n')).toMatch(/not followed: nothing was sent to the other address/);
    expect(d.fixes[0]?.title).toBe('Use the address the server redirects to');
    expect(d.fixes[0]?.commands?.[0]?.command).toBe('curl -sI "http://localhost:8080/v1/chat/completions"');
    expect(JSON.stringify(d)).not.toMatch(/Bearer (?!\[redacted\])/);
  });
});
