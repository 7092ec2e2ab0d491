// Speech to text, text to speech and embeddings failures through the public classify(). Error bodies follow
// each server's documented or observed format (LM Studio, Ollama, llama.cpp, vLLM, OpenAI, nginx).
import { describe, expect, it } from 'vitest';
import type { ConnectionFacts } from './target-url.ts';
import type { Diagnosis, ProbeResults } from './types.ts';
import { classify, type ClassifyInput } from './classify.ts';
import { endpointCapability, sizeLimitFrom } from './capability-endpoint.ts';
import { httpsChrome, providerError } from './test-fixtures.ts';

const LMSTUDIO: ConnectionFacts = {
  base_url: 'http://localhost:1234/v1',
  mode: 'openai_compatible',
  server_kind: 'lmstudio',
};
const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const LLAMACPP: ConnectionFacts = {
  base_url: 'http://localhost:8080/v1',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
};
const VLLM: ConnectionFacts = { base_url: 'http://localhost:8000/v1', mode: 'openai_compatible', server_kind: 'vllm' };
const SPEACHES: ConnectionFacts = {
  base_url: 'http://localhost:8000/v1',
  mode: 'openai_compatible',
  server_kind: 'speaches',
};
const OPENAI: ConnectionFacts = { base_url: 'https://api.openai.com/v1', mode: 'openai', server_kind: 'openai' };

const MULTIPART = { 'content-type': 'multipart/form-data; boundary=----sb1234' };

function run(
  connection: ConnectionFacts,
  error: ClassifyInput['error'],
  extra: Partial<ClassifyInput> = {},
): Diagnosis {
  return classify({ error, connection, page: httpsChrome(), ...extra });
}
const text = (d: Diagnosis) => [d.title, ...d.evidence, ...d.fixes.map((f) => `${f.title}\n${f.text}`)].join('\n');
const commands = (d: Diagnosis) => d.fixes.flatMap((f) => f.commands ?? []).map((c) => c.command);

describe('which capability a request path is', () => {
  it('reads the endpoint from the path, with or without /v1', () => {
    expect(endpointCapability('http://localhost:8000/v1/audio/transcriptions')).toBe('transcription');
    expect(endpointCapability('http://localhost:8880/v1/audio/speech')).toBe('speech');
    expect(endpointCapability('http://localhost:1234/v1/embeddings')).toBe('embeddings');
    expect(endpointCapability('http://localhost:11434/api/embed')).toBe('embeddings');
    expect(endpointCapability('http://localhost:11434/api/chat')).toBeUndefined();
    expect(endpointCapability('http://localhost:1234/v1/chat/completions')).toBeUndefined();
  });
});

describe('a server without the endpoint', () => {
  it('LM Studio has no /audio/transcriptions: use Speaches, LocalAI or vLLM', () => {
    const d = run(
      LMSTUDIO,
      providerError('http', {
        url: 'http://localhost:1234/v1/audio/transcriptions',
        headers: MULTIPART,
        status: 404,
        responseBody: '{"error":"Unexpected endpoint or method. (POST /v1/audio/transcriptions)"}',
      }),
    );
    expect(d.cause).toBe('endpoint-missing');
    expect(d.title).toBe('LM Studio does not do speech to text (no /audio/transcriptions)');
    expect(text(d)).toContain('Speaches (faster-whisper), LocalAI or vLLM with a Whisper model');
    expect(commands(d)).toContain('docker run --rm -p 8000:8000 ghcr.io/speaches-ai/speaches:latest-cpu');
  });

  it("Ollama's plain-text 404 on /v1/audio/speech points at Kokoro-FastAPI or Speaches", () => {
    const d = run(
      { ...OLLAMA, base_url: 'http://localhost:11434/v1', mode: 'openai_compatible' },
      providerError('http', {
        url: 'http://localhost:11434/v1/audio/speech',
        status: 404,
        statusText: 'Not Found',
        responseBody: '404 page not found',
        responseHeaders: { 'content-type': 'text/plain' },
      }),
    );
    expect(d.cause).toBe('endpoint-missing');
    expect(d.title).toBe('Ollama does not do text to speech (no /audio/speech)');
    expect(text(d)).toContain('Kokoro-FastAPI');
  });

  it('llama.cpp without --embeddings says so in its 501: the fix is the switch', () => {
    const d = run(
      LLAMACPP,
      providerError('http', {
        url: 'http://localhost:8080/v1/embeddings',
        body: '{"model":"qwen3","input":["hello"]}',
        status: 501,
        responseBody:
          '{"error":{"code":501,"message":"This server does not support embeddings. Start it with `--embeddings`","type":"not_supported_error"}}',
      }),
    );
    expect(d.cause).toBe('endpoint-missing');
    expect(d.fixes[0]?.title).toBe('Start llama-server with --embeddings');
  });

  it('an old Ollama without /api/embed is told to update', () => {
    const d = run(
      OLLAMA,
      providerError('http', {
        url: 'http://localhost:11434/api/embed',
        status: 404,
        responseBody: '404 page not found',
        responseHeaders: { 'content-type': 'text/plain' },
      }),
    );
    expect(d.cause).toBe('endpoint-missing');
    expect(d.fixes[0]?.title).toBe('Update Ollama');
  });

  it('a Speaches connection answering 404 is probably missing /v1', () => {
    const d = run(
      { ...SPEACHES, base_url: 'http://localhost:8000' },
      providerError('http', {
        url: 'http://localhost:8000/audio/transcriptions',
        headers: MULTIPART,
        status: 404,
        responseBody: '{"detail":"Not Found"}',
      }),
    );
    expect(d.cause).toBe('endpoint-missing');
    expect(d.fixes[0]?.title).toBe('Check the base URL ends in /v1');
  });

  it('a missing model is still a missing model, not a missing endpoint', () => {
    const d = run(
      SPEACHES,
      providerError('http', {
        url: 'http://localhost:8000/v1/audio/speech',
        body: '{"model":"kokoro-v9","voice":"af_heart","input":"Hi"}',
        status: 404,
        responseBody: '{"detail":"Model \'kokoro-v9\' not found"}',
      }),
    );
    expect(d.cause).toBe('model-not-found');
  });
});

describe('a model of the wrong kind', () => {
  it('vLLM: a chat model asked for embeddings', () => {
    const d = run(
      VLLM,
      providerError('http', {
        url: 'http://localhost:8000/v1/embeddings',
        body: '{"model":"Qwen/Qwen3-8B","input":["a","b"]}',
        status: 400,
        responseBody:
          '{"object":"error","message":"The model does not support Embeddings API","type":"BadRequestError","param":null,"code":400}',
      }),
    );
    expect(d.cause).toBe('wrong-model-kind');
    expect(d.title).toBe('Qwen/Qwen3-8B is a chat model; pick an embedding model');
  });

  it('Ollama: "does not support embeddings" on /api/embed', () => {
    const d = run(
      OLLAMA,
      providerError('http', {
        url: 'http://localhost:11434/api/embed',
        body: '{"model":"llama3.2","input":["hello"]}',
        status: 400,
        responseBody: '{"error":"\\"llama3.2\\" does not support embeddings"}',
      }),
    );
    expect(d.cause).toBe('wrong-model-kind');
    expect(d.title).toBe('llama3.2 is a chat model; pick an embedding model');
    expect(d.fixes[0]?.text).toContain('All models');
  });

  it('a multipart request names its model through the caller; a TTS model sent for transcription', () => {
    const d = run(
      SPEACHES,
      providerError('http', {
        url: 'http://localhost:8000/v1/audio/transcriptions',
        headers: MULTIPART,
        status: 400,
        responseBody: '{"detail":"Model \'speaches-ai/Kokoro-82M-v1.0-ONNX\' is not a speech-to-text model"}',
      }),
      { requestedModel: 'speaches-ai/Kokoro-82M-v1.0-ONNX' },
    );
    expect(d.cause).toBe('wrong-model-kind');
    expect(d.title).toBe('speaches-ai/Kokoro-82M-v1.0-ONNX is a text-to-speech model; pick a speech-to-text model');
  });
});

describe('audio larger than the server takes', () => {
  it("OpenAI's 413 names its limit; the file's size comes from the caller", () => {
    const d = run(
      OPENAI,
      providerError('http', {
        url: 'https://api.openai.com/v1/audio/transcriptions',
        headers: { ...MULTIPART, authorization: '[redacted]' },
        status: 413,
        responseBody:
          '{"error":{"message":"Maximum content size limit (26214400) exceeded (31457280 bytes read)","type":"server_error","param":null,"code":null}}',
      }),
      { uploadBytes: 31_457_280 },
    );
    expect(d.cause).toBe('upload-too-large');
    expect(d.title).toBe('The file is 31 MB; the server takes at most 26 MB: record shorter or raise its limit');
  });

  it("nginx's HTML 413 in front of Speaches: the size from the request's Content-Length", () => {
    const d = run(
      SPEACHES,
      providerError('http', {
        url: 'http://localhost:8000/v1/audio/transcriptions',
        headers: { ...MULTIPART, 'content-length': '12400000' },
        status: 413,
        statusText: 'Request Entity Too Large',
        responseBody:
          '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>',
        responseHeaders: { 'content-type': 'text/html' },
      }),
    );
    expect(d.cause).toBe('upload-too-large');
    expect(d.title).toBe('The file is 12 MB: record shorter or raise its limit');
    expect(text(d)).toContain('client_max_body_size');
  });

  it('a 400 whose text is about the file size counts too, and reads the limit with its unit', () => {
    const d = run(
      SPEACHES,
      providerError('http', {
        url: 'http://localhost:8000/v1/audio/transcriptions',
        headers: MULTIPART,
        status: 400,
        responseBody: '{"detail":"File too large. Max size: 25 MB"}',
      }),
      { uploadBytes: 40_000_000 },
    );
    expect(d.cause).toBe('upload-too-large');
    expect(d.title).toContain('The file is 40 MB; the server takes at most 25 MB');
    expect(sizeLimitFrom('exceeds the maximum allowed size of 10MiB')).toBe(10 * 1024 * 1024);
  });
});

describe('a blocked upload (CORS)', () => {
  const answered = { url: 'http://localhost:8000/', answered: true, ms: 3 };
  const readable = { url: 'http://localhost:8000/v1/models', ok: true, ms: 4, status: 200 };

  it('multipart with an API key: the Authorization header is what needs the preflight', () => {
    const probes: ProbeResults = {
      url: 'x',
      noCors: answered,
      simpleGet: readable,
      preflight: { url: 'http://localhost:8000/v1/models', ok: false, ms: 4, sentHeaders: ['authorization'] },
    };
    const d = run(
      { ...SPEACHES, has_api_key: true },
      providerError('network', {
        url: 'http://localhost:8000/v1/audio/transcriptions',
        headers: { ...MULTIPART, authorization: '[redacted]' },
        cause: 'TypeError: Failed to fetch',
      }),
      { probes },
    );
    expect(d.cause).toBe('cors-preflight');
    expect(d.title).toBe("The server rejects the preflight for the upload's authorization header");
    expect(d.evidence.join('\n')).toContain(
      "The upload's Content-Type (multipart/form-data) needs no preflight, but authorization does (it carries the API key)",
    );
  });

  it('multipart without a key needs no preflight: the answer itself lacks permission', () => {
    const probes: ProbeResults = {
      url: 'x',
      noCors: answered,
      simpleGet: { url: 'http://localhost:8000/v1/models', ok: false, ms: 4 },
    };
    const d = run(
      SPEACHES,
      providerError('network', { url: 'http://localhost:8000/v1/audio/transcriptions', headers: MULTIPART }),
      { probes },
    );
    expect(d.cause).toBe('cors-origin');
    expect(d.evidence.join('\n')).toContain('only headers that need no preflight');
    expect(d.fixes.at(-1)?.title).toBe('Check that the server has /audio/transcriptions');
  });

  it('a JSON embeddings request: its Content-Type needs the preflight', () => {
    const probes: ProbeResults = {
      url: 'x',
      noCors: answered,
      simpleGet: readable,
      preflight: { url: 'http://localhost:8000/v1/models', ok: false, ms: 4, sentHeaders: ['content-type'] },
    };
    const d = run(VLLM, providerError('network', { url: 'http://localhost:8000/v1/embeddings' }), { probes });
    expect(d.cause).toBe('cors-preflight');
    expect(d.evidence.join('\n')).toContain('needs a preflight (OPTIONS) for its content-type header');
  });
});
