import { describe, expect, it } from 'vitest';
import { keepsStoredBaseUrl } from './connection-actions.ts';

const stored = { mode: 'openai_compatible' as const, base_url: 'http://localhost:1337/v1' };
const candidates = ['http://localhost:1337/v1', 'http://localhost:1337'];

describe('keepsStoredBaseUrl', () => {
  it('keeps the resolved URL when the URL field was not touched (or only a slash was added)', () => {
    expect(
      keepsStoredBaseUrl({ mode: 'openai_compatible', candidates, typed_base_url: 'http://localhost:1337/v1' }, stored),
    ).toBe(true);
    expect(
      keepsStoredBaseUrl(
        { mode: 'openai_compatible', candidates, typed_base_url: 'http://localhost:1337/v1/' },
        stored,
      ),
    ).toBe(true);
  });

  it('resolves again when another form of the same server is typed (the wrong-path fix)', () => {
    expect(
      keepsStoredBaseUrl({ mode: 'openai_compatible', candidates, typed_base_url: 'http://localhost:1337' }, stored),
    ).toBe(false);
  });

  it('resolves again when the mode changes', () => {
    expect(
      keepsStoredBaseUrl(
        { mode: 'ollama', candidates: ['http://localhost:1337'], typed_base_url: 'http://localhost:1337/v1' },
        stored,
      ),
    ).toBe(false);
  });

  it('without the typed URL (drafts built in code), falls back to the candidates', () => {
    expect(keepsStoredBaseUrl({ mode: 'openai_compatible', candidates }, stored)).toBe(true);
    expect(keepsStoredBaseUrl({ mode: 'openai_compatible', candidates: ['http://localhost:8080/v1'] }, stored)).toBe(
      false,
    );
  });
});
