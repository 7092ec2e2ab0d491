// "Chat wins" for the answer-length limit, whatever key each side used: table over both adapters.
import { describe, expect, it } from 'vitest';
import type { ConnectionMode } from '../connections/types.ts';
import { mergeParams } from './merge-params.ts';
import { buildChatRequest as buildOllama } from './ollama/build-request.ts';
import { buildChatRequest as buildOpenAi } from './openai/build-request.ts';
import type { ChatParams } from './types.ts';

type Row = [connection: ChatParams | undefined, chat: ChatParams | undefined, sent: Record<string, number>];

function limitSent(
  mode: ConnectionMode,
  connection: ChatParams | undefined,
  chat: ChatParams | undefined,
): Record<string, unknown> {
  const target = {
    mode,
    base_url: 'http://localhost:1234/v1',
    api_key: 'sk-x',
    ...(connection ? { params: connection } : {}),
  };
  const request = { model: 'm', messages: [], ...(chat ? { params: chat } : {}) };
  const built = mode === 'ollama' ? buildOllama(target, request) : buildOpenAi(target, request);
  const body = JSON.parse(built.body ?? '{}') as Record<string, unknown>;
  const where = mode === 'ollama' ? ((body.options ?? {}) as Record<string, unknown>) : body;
  const out: Record<string, unknown> = {};
  for (const key of ['max_tokens', 'max_completion_tokens', 'num_predict']) if (key in where) out[key] = where[key];
  if (mode === 'ollama')
    for (const key of ['max_tokens', 'max_completion_tokens', 'num_predict']) expect(body).not.toHaveProperty(key);
  return out;
}

const openai: Row[] = [
  [undefined, undefined, {}],
  [{ max_tokens: 4000 }, undefined, { max_completion_tokens: 4000 }],
  [{ max_completion_tokens: 4000 }, {}, { max_completion_tokens: 4000 }],
  [undefined, { max_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_completion_tokens: 4000 }, { max_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_tokens: 4000 }, { max_completion_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_tokens: 4000 }, { max_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_completion_tokens: 4000 }, { max_completion_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_tokens: 4000, max_completion_tokens: 3000 }, undefined, { max_completion_tokens: 3000 }],
  [{ max_tokens: 4000, max_completion_tokens: 3000 }, { max_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_completion_tokens: 4000 }, { max_tokens: undefined }, { max_completion_tokens: 4000 }],
];

const compatible: Row[] = [
  [undefined, undefined, {}],
  [{ max_tokens: 4000 }, undefined, { max_tokens: 4000 }],
  [{ max_completion_tokens: 4000 }, undefined, { max_completion_tokens: 4000 }],
  [undefined, { max_tokens: 50 }, { max_tokens: 50 }],
  [{ max_completion_tokens: 4000 }, { max_tokens: 50 }, { max_tokens: 50 }],
  [{ max_tokens: 4000 }, { max_completion_tokens: 50 }, { max_completion_tokens: 50 }],
  [{ max_tokens: 4000 }, { max_tokens: 50 }, { max_tokens: 50 }],
  [{ max_tokens: 4000, max_completion_tokens: 3000 }, { max_tokens: 50 }, { max_tokens: 50 }],
  [{ max_completion_tokens: 4000 }, { max_tokens: undefined }, { max_completion_tokens: 4000 }],
];

const ollama: Row[] = [
  [undefined, undefined, {}],
  [{ max_tokens: 4000 }, undefined, { num_predict: 4000 }],
  [{ max_completion_tokens: 4000 }, undefined, { num_predict: 4000 }],
  [{ num_predict: 4000 }, undefined, { num_predict: 4000 }],
  [undefined, { max_tokens: 50 }, { num_predict: 50 }],
  [{ max_completion_tokens: 4000 }, { max_tokens: 50 }, { num_predict: 50 }],
  [{ max_tokens: 4000 }, { max_completion_tokens: 50 }, { num_predict: 50 }],
  [{ num_predict: 4000 }, { max_tokens: 50 }, { num_predict: 50 }],
  [{ max_tokens: 4000 }, { num_predict: 50 }, { num_predict: 50 }],
  [{ max_tokens: 99, max_completion_tokens: 10 }, undefined, { num_predict: 10 }],
  [{ max_completion_tokens: 4000 }, { max_tokens: undefined }, { num_predict: 4000 }],
];

describe('the chat’s token limit wins whatever key either side used', () => {
  it.each(openai)('openai: connection %j + chat %j → %j', (connection, chat, sent) => {
    expect(limitSent('openai', connection, chat)).toEqual(sent);
  });
  it.each(compatible)('openai_compatible: connection %j + chat %j → %j', (connection, chat, sent) => {
    expect(limitSent('openai_compatible', connection, chat)).toEqual(sent);
  });
  it.each(ollama)('ollama: connection %j + chat %j → options %j', (connection, chat, sent) => {
    expect(limitSent('ollama', connection, chat)).toEqual(sent);
  });

  it('other params still merge key by key', () => {
    expect(
      mergeParams(
        { max_completion_tokens: 4000, temperature: 0.2, top_p: 0.9 },
        { max_tokens: 50, temperature: 0.7 },
        'max_completion_tokens',
      ),
    ).toEqual({
      temperature: 0.7,
      top_p: 0.9,
      max_completion_tokens: 50,
    });
  });

  it('does not change the caller’s objects', () => {
    const connection = { max_tokens: 4000 };
    const chat = { max_completion_tokens: 50 };
    mergeParams(connection, chat, 'num_predict');
    expect(connection).toEqual({ max_tokens: 4000 });
    expect(chat).toEqual({ max_completion_tokens: 50 });
  });
});
