import { describe, expect, it } from 'vitest';
import { capabilityTimeoutMs, declaredCapabilities, servesChat } from './capabilities.ts';
import { checkConnection } from './record.ts';

const base = {
  id: 'c1',
  name: 'Speaches',
  mode: 'openai_compatible',
  base_url: 'http://localhost:8000/v1',
  enabled: true,
  created_at: 1,
  updated_at: 1,
};

describe('capabilities', () => {
  it('a connection that set none is a chat connection', () => {
    expect(declaredCapabilities({})).toEqual(['chat']);
    expect(servesChat({ capabilities: [] })).toBe(true);
  });

  it('a speech-only connection does not serve chat', () => {
    expect(servesChat({ capabilities: ['speech'] })).toBe(false);
    expect(declaredCapabilities({ capabilities: ['transcription', 'speech'] })).toEqual(['transcription', 'speech']);
  });

  it("timeouts default to Esperanto's (120 s embeddings, 600 s transcription); 0 means no limit", () => {
    expect(capabilityTimeoutMs({}, 'embeddings')).toBe(120_000);
    expect(capabilityTimeoutMs({}, 'transcription')).toBe(600_000);
    expect(capabilityTimeoutMs({ capability_timeouts_s: { speech: 0 } }, 'speech')).toBe(0);
    expect(capabilityTimeoutMs({ capability_timeouts_s: { embeddings: 30 } }, 'embeddings')).toBe(30_000);
  });

  it('a record keeps known capabilities and sane timeouts and drops the rest', () => {
    const read = checkConnection(
      {
        ...base,
        capabilities: ['speech', 'telepathy', 'speech', 'transcription'],
        capability_timeouts_s: { speech: 30, embeddings: -1, chat: 5, teleport: 9 },
      },
      'c',
    );
    expect(read.ok && read.value.capabilities).toEqual(['speech', 'transcription']);
    expect(read.ok && read.value.capability_timeouts_s).toEqual({ speech: 30 });
    const none = checkConnection({ ...base, capabilities: ['x'], capability_timeouts_s: 'soon' }, 'c');
    expect(none.ok && 'capabilities' in none.value).toBe(false);
    expect(none.ok && 'capability_timeouts_s' in none.value).toBe(false);
  });
});
