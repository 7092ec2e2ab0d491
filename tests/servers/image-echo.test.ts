// Images from a chat reach both kinds of server the way they take them: OpenAI image_url parts (valid for
// the OpenAPI schema kept in tests/servers/spec) and Ollama's bare base64 `images`; the servers echo them.
import { describe, expect, it } from 'vitest';
import { conversationOf, userNode } from '../../src/lib/conversation/testing/builders.ts';
import { streamChat } from '../../src/lib/providers/index.ts';
import type { ChatEvent } from '../../src/lib/providers/types.ts';
import type { Connection } from '../../src/lib/connections/types.ts';
import { requestFor } from '../../src/lib/session/stream-runner.ts';
import { imageUrlsFor } from '../../src/lib/session/request-images.ts';
import { startOpenAIServer } from './openai-server.ts';
import { startOllamaServer } from './ollama-server.ts';
import { loopbackServer } from './test-helpers.ts';

const openai = loopbackServer(startOpenAIServer);
const ollama = loopbackServer(startOllamaServer);

const chat = conversationOf([
  userNode('u', {
    content: 'What is in this picture?',
    attachments: [{ id: 'i1', kind: 'image', mime: 'image/png', width: 1, height: 1, bytes: 5 }],
  }),
]);
const bytes = new Uint8Array([137, 80, 78, 71, 13]);
const read = () => Promise.resolve(new Blob([bytes], { type: 'image/png' }));

async function answer(connection: Connection, model: string): Promise<string> {
  const request = requestFor(chat, { connection, model_id: model }, await imageUrlsFor(chat, read));
  let text = '';
  for await (const event of streamChat(connection, request) as AsyncIterable<ChatEvent>) {
    if (event.type === 'text-delta') text += event.text;
  }
  return text;
}

const connection = (mode: Connection['mode'], base_url: string): Connection => ({
  id: 'c',
  name: 'c',
  mode,
  base_url,
  enabled: true,
  created_at: 0,
  updated_at: 0,
});

describe('images in requests', () => {
  it('go to an OpenAI-compatible server as image_url parts that the OpenAPI schema accepts', async () => {
    const text = await answer(connection('openai_compatible', openai.baseUrl), 'test-model');
    expect(text).toMatch(/^got 1 image, 5 bytes\. /);
    const sent = openai.lastRequest('/v1/chat/completions');
    expect(sent?.validation).toEqual({ valid: true, errors: [], unknownKeys: [] });
    expect((sent?.json as { messages: unknown[] }).messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'What is in this picture?' },
        { type: 'image_url', image_url: { url: `data:image/png;base64,${Buffer.from(bytes).toString('base64')}` } },
      ],
    });
  });

  it('go to Ollama as bare base64 in `images`', async () => {
    const text = await answer(connection('ollama', ollama.url), 'llama3.2:1b');
    expect(text).toMatch(/^got 1 image, 5 bytes\. /);
    const sent = ollama.lastRequest('/api/generate')?.json as { images?: string[]; prompt?: string };
    expect(sent.images).toEqual([Buffer.from(bytes).toString('base64')]);
    expect(sent.prompt).toBe('What is in this picture?');
  });
});
