// The "model cannot see images" cause in German: the advice is translated; model ids and commands are not.
import { afterEach, describe, expect, it } from 'vitest';
import { loadTranslations } from '../i18n/catalog.ts';
import { setActiveLanguage } from '../i18n/active-language.ts';
import type { ConnectionFacts } from './target-url.ts';
import { classify } from './classify.ts';
import { httpsChrome, providerError } from './test-fixtures.ts';

const OLLAMA: ConnectionFacts = { base_url: 'http://localhost:11434', mode: 'ollama', server_kind: 'ollama' };
const VLLM: ConnectionFacts = { base_url: 'http://localhost:8000/v1', mode: 'openai_compatible', server_kind: 'vllm' };
const OLLAMA_NO_VISION = '{"error":"this model does not support image input"}';
const VLLM_NOT_MULTIMODAL =
  '{"object":"error","message":"tiny-text is not a multimodal model","type":"BadRequestError","param":null,"code":400}';
const imageBody = (model: string) =>
  JSON.stringify({
    model,
    messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } }] }],
  });

describe('a model that cannot see images, in German', () => {
  afterEach(() => setActiveLanguage('en', undefined));

  it('names the model and keeps the Ollama pull command verbatim', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const d = classify({
      connection: OLLAMA,
      page: httpsChrome(),
      models: [{ id: 'tiny-text' }],
      error: providerError('http', {
        url: 'http://localhost:11434/api/generate',
        status: 400,
        responseBody: OLLAMA_NO_VISION,
        body: JSON.stringify({ model: 'tiny-text', prompt: 'What is this?', images: ['AAAA'] }),
      }),
    });
    expect(d.title).toBe('Das Modell kann keine Bilder sehen: tiny-text');
    expect(d.fixes[0]?.title).toBe('Ein Vision-Modell in Ollama herunterladen');
    expect(d.fixes[0]?.commands).toEqual([
      { label: 'Ein Vision-Modell herunterladen', command: 'ollama pull gemma3', platform: 'any' },
    ]);
    expect(d.fixes.at(-1)?.text).toBe(
      '„tiny-text“ kann den Text trotzdem beantworten: Bearbeiten Sie die Nachricht und entfernen Sie das Bild.',
    );
  });

  it('counts the further vision models in German', async () => {
    setActiveLanguage('de', await loadTranslations('de'));
    const models = ['tiny-text', 'llava:7b', 'llava:13b', 'llava:34b', 'qwen2.5-vl-7b'].map((id) => ({ id }));
    const d = classify({
      connection: VLLM,
      page: httpsChrome(),
      models,
      error: providerError('http', {
        url: 'http://localhost:8000/v1/chat/completions',
        status: 400,
        responseBody: VLLM_NOT_MULTIMODAL,
        body: imageBody('tiny-text'),
      }),
    });
    expect(d.fixes[0]?.title).toBe('„llava:7b“ oder ein anderes Modell verwenden, das sehen kann');
    expect(d.fixes[0]?.text).toContain('auch "llava:7b", "llava:13b", "llava:34b" und 1 weiteres auf, die das können');
  });
});
