import { describe, expect, it } from 'vitest';
import { CONNECTION_MODES, isConnectionMode } from './modes.ts';

describe('connection modes', () => {
  it('lists the four modes (browser: a model running in the page)', () => {
    expect(CONNECTION_MODES).toEqual(['openai', 'ollama', 'openai_compatible', 'browser']);
  });

  it.each(CONNECTION_MODES)('accepts %s', (mode) => expect(isConnectionMode(mode)).toBe(true));

  it.each(['openai-compatible', 'OpenAI', 'anthropic', '', null, undefined, 1, ['openai']])('rejects %j', (value) => {
    expect(isConnectionMode(value)).toBe(false);
  });
});
