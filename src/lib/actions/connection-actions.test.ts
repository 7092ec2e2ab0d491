import { describe, expect, it } from 'vitest';
import { connectionsFile, keepsStoredBaseUrl, unsavedConnection } from './connection-actions.ts';

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

describe('connectionsFile', () => {
  const c = (name: string, api_key?: string) => ({
    id: name,
    name,
    mode: 'openai_compatible' as const,
    base_url: 'http://localhost:8080/v1',
    enabled: true,
    created_at: 1,
    updated_at: 1,
    ...(api_key ? { api_key } : {}),
  });

  it('leaves keys out unless asked, and says whether the file carries any', () => {
    const withKey = [c('A', 'sk-secret'), c('B')];
    const plain = connectionsFile(withKey, false, 5);
    expect(plain).toMatchObject({ name: 'switchboard-connections.json', includesKeys: false });
    expect(plain.text).not.toContain('sk-secret');
    const keyed = connectionsFile(withKey, true, 5);
    expect(keyed.includesKeys).toBe(true);
    expect(keyed.text).toContain('sk-secret');
    // asked for keys, but no connection has one: the file says it carries none
    expect(connectionsFile([c('B')], true, 5).includesKeys).toBe(false);
  });
});

describe('unsavedConnection', () => {
  const draft = {
    name: 'Box',
    mode: 'openai_compatible' as const,
    server_kind: 'jan' as const,
    candidates: ['http://localhost:1337/v1', 'http://localhost:1337'],
    typed_base_url: 'http://localhost:1337',
    enabled: true,
  };

  it("is what the form's values describe, with the first form of the typed URL", () => {
    expect(unsavedConnection(draft)).toMatchObject({
      id: 'unsaved',
      name: 'Box',
      base_url: 'http://localhost:1337/v1',
      enabled: true,
    });
    expect(unsavedConnection(draft)).not.toHaveProperty('candidates');
  });

  it('keeps the stored id and resolved URL when editing without touching the URL', () => {
    const previous = { ...stored, id: 'c1', name: 'Box', enabled: true, created_at: 5, updated_at: 6 };
    const same = { ...draft, typed_base_url: 'http://localhost:1337/v1' };
    expect(unsavedConnection(same, previous)).toMatchObject({ id: 'c1', base_url: 'http://localhost:1337/v1' });
  });
});
