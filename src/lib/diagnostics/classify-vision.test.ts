// A model that cannot see: named from the status, a request that carried images and the error body's
// shape, with a vision model from the same server's list when it has one.
import { describe, expect, it } from 'vitest';
import type { ConnectionFacts } from './target-url.ts';
import type { ModelInfo } from '../providers/types.ts';
import { classify } from './classify.ts';
import { httpsChrome, providerError } from './test-fixtures.ts';
import { requestCarriedImages, visionModels } from './vision.ts';

const LLAMACPP: ConnectionFacts = {
  base_url: 'http://localhost:8080/v1',
  mode: 'openai_compatible',
  server_kind: 'llamacpp',
};
const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const IMAGE = 'data:image/png;base64,iVBORw0KGgo=';

const openaiBody = (model: string, image = true) =>
  JSON.stringify({
    model,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is this?' },
          ...(image ? [{ type: 'image_url', image_url: { url: IMAGE } }] : []),
        ],
      },
    ],
  });
const ollamaBody = (model: string) => JSON.stringify({ model, prompt: 'What is this?', images: ['iVBORw0KGgo='] });

// llama-server without --mmproj (documented in its server source); Ollama's {"error": "..."} shape
const LLAMA_NO_MMPROJ =
  '{"error":{"code":500,"message":"image input is not supported - hint: if this is unexpected, you may need to provide the mmproj","type":"server_error"}}';
const OLLAMA_NO_VISION = '{"error":"this model does not support image input"}';
const VLLM_NOT_MULTIMODAL =
  '{"object":"error","message":"qwen2.5-7b is not a multimodal model","type":"BadRequestError","param":null,"code":400}';

function diagnose(
  conn: ConnectionFacts,
  url: string,
  status: number,
  responseBody: string,
  body: string,
  models?: ModelInfo[],
) {
  const error = providerError('http', { url, status, responseBody, body });
  return classify({ error, connection: conn, page: httpsChrome(), ...(models ? { models } : {}) });
}

describe('model-cannot-see-images', () => {
  const models: ModelInfo[] = [{ id: 'tiny-text' }, { id: 'qwen2.5-vl-7b' }, { id: 'llava:13b' }];

  it('llama-server 500 without mmproj: names a vision model the server lists', () => {
    const d = diagnose(
      LLAMACPP,
      'http://localhost:8080/v1/chat/completions',
      500,
      LLAMA_NO_MMPROJ,
      openaiBody('tiny-text'),
      models,
    );
    expect(d.cause).toBe('model-cannot-see-images');
    expect(d.title).toBe('The model cannot see images: tiny-text');
    expect(d.fixes[0]?.title).toBe('Use "qwen2.5-vl-7b" or another model that can see');
    expect(d.fixes[0]?.text).toContain('"llava:13b"');
    expect(d.evidence.join('\n')).toContain('The request carried an image');
  });

  it('Ollama 400 on /api/generate with images: a vision model by its family, else advice to pull one', () => {
    const url = 'http://localhost:11434/api/generate';
    const withFamily = diagnose(OLLAMA, url, 400, OLLAMA_NO_VISION, ollamaBody('llama3.2'), [
      { id: 'llama3.2' },
      { id: 'my-eyes', details: { family: 'gemma3' } },
    ]);
    expect(withFamily.cause).toBe('model-cannot-see-images');
    expect(withFamily.fixes[0]?.title).toBe('Use "my-eyes" or another model that can see');
    const none = diagnose(OLLAMA, url, 400, OLLAMA_NO_VISION, ollamaBody('llama3.2'), [{ id: 'llama3.2' }]);
    expect(none.fixes[0]?.commands?.[0]?.command).toBe('ollama pull gemma3');
    expect(none.fixes.at(-1)?.title).toBe('Or send the message without the image');
  });

  it('vLLM 400 "not a multimodal model", without a model list: general advice', () => {
    const vllm: ConnectionFacts = { ...LLAMACPP, server_kind: 'vllm' };
    const d = diagnose(
      vllm,
      'http://localhost:8080/v1/chat/completions',
      400,
      VLLM_NOT_MULTIMODAL,
      openaiBody('qwen2.5-7b'),
    );
    expect(d.cause).toBe('model-cannot-see-images');
    expect(d.fixes[0]?.title).toBe('Serve a multimodal model');
  });

  it('not this cause: no image in the request, another image problem, or a status that is not a refusal', () => {
    const url = 'http://localhost:8080/v1/chat/completions';
    expect(diagnose(LLAMACPP, url, 500, LLAMA_NO_MMPROJ, openaiBody('m', false)).cause).toBe('server-error');
    const single = '{"error":"vision model only supports a single image per message"}';
    expect(diagnose(OLLAMA, 'http://localhost:11434/api/generate', 400, single, ollamaBody('gemma3')).cause).toBe(
      'bad-request',
    );
    expect(diagnose(LLAMACPP, url, 401, LLAMA_NO_MMPROJ, openaiBody('m')).cause).toBe('auth');
  });
});

describe('vision facts', () => {
  it('finds images in OpenAI parts, Ollama generate and chat bodies, and in a body cut short', () => {
    const record = (body: string) => ({ method: 'POST', url: 'x', headers: {}, body });
    expect(requestCarriedImages(record(openaiBody('m')))).toBe(true);
    expect(requestCarriedImages(record(openaiBody('m', false)))).toBe(false);
    expect(requestCarriedImages(record(ollamaBody('m')))).toBe(true);
    expect(
      requestCarriedImages(record(JSON.stringify({ messages: [{ role: 'user', content: 'x', images: ['AAA'] }] }))),
    ).toBe(true);
    expect(requestCarriedImages(record(`${openaiBody('m').slice(0, 150)}… [9000 more characters not recorded]`))).toBe(
      true,
    );
    expect(requestCarriedImages({ method: 'POST', url: 'x', headers: {} })).toBe(false);
  });

  it('visionModels: by id or family, never the model that refused', () => {
    const list: ModelInfo[] = [
      { id: 'llama3.2-vision' },
      { id: 'gemma3:4b' },
      { id: 'Qwen2.5-VL-7B-Instruct' },
      { id: 'llama3.1:8b' },
      { id: 'nomic-embed-text' },
      { id: 'devstral' },
    ];
    expect(visionModels(list, 'gemma3:4b')).toEqual(['llama3.2-vision', 'Qwen2.5-VL-7B-Instruct']);
    expect(visionModels(undefined, 'x')).toEqual([]);
  });
});
