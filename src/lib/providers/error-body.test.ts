import { describe, expect, it } from 'vitest';
import { parseErrorBody } from './error-body.ts';
import { fixtureText } from './testing/parser-harness.ts';

const dir = new URL('./openai/__fixtures__/', import.meta.url);

describe('parseErrorBody: recorded error bodies', () => {
  it.each([
    [
      'error-llama-server-500-malformed-json.json',
      "[json.exception.parse_error.101] parse error at line 1, column 44: syntax error while parsing array - unexpected end of input; expected ']'",
    ],
    ['error-llama-server-400-missing-messages.json', "'messages' is required"],
    [
      'error-llama-server-400-context-size.json',
      'request (628 tokens) exceeds the available context size (512 tokens), try increasing it',
    ],
    ['error-llama-server-404-not-found.json', 'File Not Found'],
    ['error-llama-server-401-invalid-key.json', 'Invalid API Key'],
    ['error-koboldcpp-500-detail.json', 'Error parsing input.'],
    ['error-koboldcpp-401-detail.json', 'Authentication key is missing or invalid.'],
    [
      'error-koboldcpp-404-text.txt',
      'Error: HTTP Server is running, but this endpoint does not exist. Please check the URL.',
    ],
  ])('%s', (file, message) => {
    expect(parseErrorBody(fixtureText(dir, file))).toEqual({ serverMessage: message, isHtml: false });
  });

  it('error-koboldcpp-404-empty.txt: no message', () => {
    expect(parseErrorBody(fixtureText(dir, 'error-koboldcpp-404-empty.txt'))).toEqual({ isHtml: false });
  });
});

describe('parseErrorBody: every documented shape', () => {
  it.each([
    [
      'OpenAI',
      '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
      'Incorrect API key provided',
    ],
    [
      'vLLM (code is the status)',
      '{"error":{"message":"The model `x` does not exist.","type":"NotFoundError","param":"model","code":404}}',
      'The model `x` does not exist.',
    ],
    [
      'old vLLM top-level',
      '{"object":"error","message":"max_tokens must be at least 1","type":"BadRequestError","param":null,"code":400}',
      'max_tokens must be at least 1',
    ],
    ['Ollama native', '{"error":"model \'llama9\' not found"}', "model 'llama9' not found"],
    ['FastAPI string detail', '{"detail":"Not authenticated"}', 'Not authenticated'],
    [
      'FastAPI validation list',
      '{"detail":[{"loc":["body","messages"],"msg":"field required","type":"value_error.missing"},{"loc":["body","model"],"msg":"str type expected"}]}',
      'body.messages: field required; body.model: str type expected',
    ],
    ['detail object with message', '{"detail":{"message":"Quota exceeded"}}', 'Quota exceeded'],
    ['top-level message', '{"message":"Too many requests","statusCode":429}', 'Too many requests'],
    ['plain text', 'Bad Gateway\n', 'Bad Gateway'],
    ['JSON string', '"upstream timed out"', 'upstream timed out'],
  ])('%s', (_name, body, message) => {
    expect(parseErrorBody(body)).toEqual({ serverMessage: message, isHtml: false });
  });

  it.each([
    ['<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>'],
    ['\n  <html>\n<body><h1>404</h1></body></html>'],
    ['<head><title>Login</title></head>'],
  ])('HTML is noted, never used as the message', (body) => {
    expect(parseErrorBody(body)).toEqual({ isHtml: true });
  });

  it('JSON without any message, empty and whitespace bodies give no message', () => {
    expect(parseErrorBody('{"error":{"code":500}}')).toEqual({ isHtml: false });
    expect(parseErrorBody('{"status":"error"}')).toEqual({ isHtml: false });
    expect(parseErrorBody('')).toEqual({ isHtml: false });
    expect(parseErrorBody('  \n')).toEqual({ isHtml: false });
  });

  it('caps a huge message', () => {
    const parsed = parseErrorBody(JSON.stringify({ error: { message: 'x'.repeat(5000) } }));
    expect(parsed.serverMessage?.length).toBeLessThanOrEqual(601);
  });
});
