// Table tests for the small fact readers: server messages, body shapes, base-URL variants, kind guesses.
import { describe, expect, it } from 'vitest';
import { guessKind } from './guess-kind.ts';
import { bodyShape, parseErrorCode, parseNumericErrorCode, parseServerMessage } from './response-facts.ts';
import { alternativeBaseUrls, hasDoubledV1, modelsUrl } from './target-url.ts';

describe('parseServerMessage', () => {
  it.each([
    ['{"error":{"message":"Invalid API Key","type":"authentication_error","code":401}}', 'Invalid API Key'],
    ['{"error":"model \'x\' not found"}', "model 'x' not found"],
    ['{"detail":"Invalid host header"}', 'Invalid host header'],
    [
      '{"detail":{"error":"Unauthorized","msg":"Authentication key is missing or invalid."}}',
      'Authentication key is missing or invalid.',
    ],
    ['{"detail":[{"loc":["body","model"],"msg":"field required"}]}', 'body.model: field required'],
    ['{"object":"error","message":"The model `x` does not exist."}', 'The model `x` does not exist.'],
    [
      'Error: HTTP Server is running, but this endpoint does not exist.',
      'Error: HTTP Server is running, but this endpoint does not exist.',
    ],
    ['<!doctype html><html><body>404</body></html>', undefined],
    ['', undefined],
    ['{"ok":true}', undefined],
  ])('%s', (body, expected) => {
    expect(parseServerMessage(body)).toBe(expected);
  });

  it('clips long messages', () => {
    expect(parseServerMessage('x'.repeat(5000))?.length).toBeLessThan(1000);
  });
});

describe('parseErrorCode', () => {
  it('reads error.code, else error.type', () => {
    expect(parseErrorCode('{"error":{"code":"model_not_found","type":"invalid_request_error"}}')).toBe(
      'model_not_found',
    );
    expect(parseErrorCode('{"error":{"code":503,"type":"unavailable_error"}}')).toBe('unavailable_error');
    expect(parseErrorCode('nope')).toBeUndefined();
  });
});

describe('parseNumericErrorCode', () => {
  it('reads a numeric error.code, also from an SSE data line', () => {
    expect(parseNumericErrorCode('{"error":{"code":503,"message":"Loading model"}}')).toBe(503);
    expect(parseNumericErrorCode('data: {"error":{"code":400,"message":"bad"}}')).toBe(400);
    expect(parseNumericErrorCode('{"error":{"code":"model_not_found"}}')).toBeUndefined();
    expect(parseNumericErrorCode('{"error":"x"}')).toBeUndefined();
  });
});

describe('bodyShape', () => {
  it.each([
    ['', undefined, 'empty'],
    ['<!DOCTYPE html><html>', undefined, 'html'],
    ['<div>hi</div>', 'text/html; charset=utf-8', 'html'],
    ['Error: HTTP Server is running', 'text/html', 'text'],
    ['{"models":[{"name":"a"}]}', undefined, 'ollama-tags'],
    ['{"models":[{"name":"a"}],"object":"list","data":[{"id":"a"}]}', undefined, 'both-lists'],
    ['{"object":"list","data":[{"id":"a"}]}', undefined, 'openai-list'],
    ['{"choices":[{"message":{"content":"hi"}}]}', undefined, 'openai-chat'],
    ['{"model":"a","message":{"content":"hi"},"done":true}', undefined, 'ollama-chat'],
    ['{"model":"a","response":"h","done":false}\n{"model":"a","response":"i","done":true}', undefined, 'ndjson'],
    ['data: {"choices":[]}\n\ndata: [DONE]', undefined, 'sse'],
    ['{"error":"x"}', undefined, 'error-json'],
    ['{"models":[{"name":"a","details":{"fam', undefined, 'ollama-tags'],
    ['{"object":"list","data":[{"id":"a","own', undefined, 'openai-list'],
    ['[1,2', undefined, 'json-other'],
  ])('%s → %s', (body, contentType, expected) => {
    expect(bodyShape(body, contentType)).toBe(expected);
  });
});

describe('URL facts', () => {
  it('builds the model list URL per mode', () => {
    expect(modelsUrl({ base_url: 'http://localhost:11434/', mode: 'ollama' })).toBe('http://localhost:11434/api/tags');
    expect(modelsUrl({ base_url: 'http://localhost:1234/v1', mode: 'openai_compatible' })).toBe(
      'http://localhost:1234/v1/models',
    );
  });

  it('spots /v1/v1', () => {
    expect(hasDoubledV1('http://x/v1/v1/models')).toBe(true);
    expect(hasDoubledV1('http://x/v1/models')).toBe(false);
  });

  it.each([
    [{ base_url: 'http://localhost:1234', mode: 'openai_compatible' }, ['http://localhost:1234/v1']],
    [{ base_url: 'http://localhost:1234/v1/', mode: 'openai_compatible' }, ['http://localhost:1234']],
    [{ base_url: 'http://localhost:1234/v1/v1', mode: 'openai_compatible' }, ['http://localhost:1234/v1']],
    [
      { base_url: 'http://localhost:1234/v1/chat/completions', mode: 'openai' },
      ['http://localhost:1234/v1', 'http://localhost:1234'],
    ],
    [{ base_url: 'http://localhost:11434/v1', mode: 'ollama' }, ['http://localhost:11434']],
    [{ base_url: 'http://localhost:11434/api/tags', mode: 'ollama' }, ['http://localhost:11434']],
    [{ base_url: 'not a url', mode: 'openai' }, []],
  ] as const)('%j → %j', (conn, expected) => {
    expect(alternativeBaseUrls(conn)).toEqual(expected);
  });
});

describe('guessKind', () => {
  const answer = (url: string, body: string, status = 200, headers: Record<string, string> = {}) => ({
    url,
    ok: true,
    ms: 1,
    status,
    body,
    headers,
  });

  it.each([
    [answer('http://h:1/', 'Ollama is running'), 'ollama'],
    [answer('http://h:1/api/version', '{"version":"0.12.3"}'), 'ollama'],
    [answer('http://h:1/v1/models', '{"data":[{"id":"a","owned_by":"llamacpp"}]}'), 'llamacpp'],
    [answer('http://h:1/v1/models', '{"data":[{"id":"a","owned_by":"vllm"}]}'), 'vllm'],
    [answer('http://h:1/v1/models', '{"data":[{"id":"a","owned_by":"organization_owner"}]}'), 'lmstudio'],
    [
      answer('http://h:1/v1/models', '{"object": "list", "data": [{"id": "koboldcpp/tiny", "owned_by": "koboldcpp"}]}'),
      'koboldcpp',
    ],
    [answer('http://h:1/nope', 'x', 404, { server: 'llama.cpp' }), 'llamacpp'],
  ])('from a readable answer → %s', (a, kind) => {
    expect(guessKind({ probes: { url: a.url, fingerprints: [a] } })?.kind).toBe(kind);
  });

  it('ignores answers the browser blocked', () => {
    const blocked = { url: 'http://h:1/', ok: false, ms: 1, body: 'Ollama is running' };
    expect(guessKind({ probes: { url: 'x', fingerprints: [blocked] } })).toBeUndefined();
  });

  it.each([
    ['https://api.openai.com/v1', 'openai', 'host'],
    ['https://openrouter.ai/api/v1', 'openrouter', 'host'],
    ['http://localhost:11434', 'ollama', 'port'],
    ['http://localhost:1234/v1', 'lmstudio', 'port'],
    ['http://localhost:9931/v1', 'llamacpp', 'port'],
    ['http://localhost:8080/v1', undefined, undefined],
    ['http://localhost:1337/v1', undefined, undefined],
  ])('from the URL %s → %s', (url, kind, strength) => {
    const g = guessKind({ url });
    expect(g?.kind).toBe(kind);
    expect(g?.strength).toBe(strength);
  });

  it('prefers a body over the port', () => {
    const g = guessKind({
      url: 'http://localhost:11434',
      probes: {
        url: 'x',
        fingerprints: [answer('http://localhost:11434/v1/models', '{"data":[{"owned_by":"llamacpp"}]}')],
      },
    });
    expect(g).toMatchObject({ kind: 'llamacpp', strength: 'body' });
  });
});
