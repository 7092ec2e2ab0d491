import { describe, expect, it } from 'vitest';
import type { ChatLink, ConnectLink } from '../connections/deep-link.ts';
import type { Connection } from '../connections/types.ts';
import { parseChoiceValue, type ModelGroup } from '../queries/model-choices.ts';
import { asksForKey, linkDraft } from '../connections/link-draft.ts';
import { linkChoice } from './link-choice.ts';

const link: ConnectLink = {
  type: 'connect',
  base_url: 'http://localhost:1234',
  candidates: ['http://localhost:1234/v1', 'http://localhost:1234'],
  mode: 'openai_compatible',
  server_kind: 'lmstudio',
  ignored: [],
};
const stored = (over: Partial<Connection>): Connection => ({
  id: 'c1',
  name: 'LM Studio',
  mode: 'openai_compatible',
  base_url: 'http://localhost:9/v1',
  enabled: true,
  created_at: 0,
  updated_at: 0,
  ...over,
});

describe('linkDraft', () => {
  it('names the server after its kind (or the link), made unique, with the key typed in the dialog only', () => {
    const draft = linkDraft(link, [stored({})], ' sk-typed ');
    expect(draft.ok && draft.value).toMatchObject({
      name: 'LM Studio 2',
      candidates: link.candidates,
      api_key: 'sk-typed',
    });
    const named = linkDraft({ ...link, name: 'Lab' }, []);
    expect(named.ok && named.value.name).toBe('Lab');
    expect(named.ok && 'api_key' in named.value).toBe(false);
  });

  it('refuses a server already added', () => {
    const draft = linkDraft(link, [stored({ name: 'Mine', base_url: 'http://localhost:1234/v1' })]);
    expect(!draft.ok && draft.errors.base_url).toBe('This server is already added as "Mine"');
  });
});

describe('asksForKey', () => {
  it('asks when the kind usually needs a key or the mode is OpenAI', () => {
    expect(asksForKey({ server_kind: 'openrouter', mode: 'openai_compatible' })).toBe(true);
    expect(asksForKey({ server_kind: 'other', mode: 'openai' })).toBe(true);
    expect(asksForKey({ server_kind: 'ollama', mode: 'ollama' })).toBe(false);
  });
});

describe('linkChoice', () => {
  const groups: ModelGroup[] = [
    { connection: stored({ id: 'a', name: 'Home' }), models: [{ id: 'm1' }, { id: 'shared' }] },
    { connection: stored({ id: 'b', name: 'Lab' }), models: [{ id: 'shared' }] },
  ];
  const chat = (over: Partial<ChatLink>): ChatLink => ({ type: 'chat', ignored: [], ...over });

  it('finds the model by id, on the named server when the link names one', () => {
    expect(parseChoiceValue(linkChoice(chat({ model: 'shared' }), groups).choice ?? '')).toEqual({
      connection_id: 'a',
      model_id: 'shared',
    });
    expect(parseChoiceValue(linkChoice(chat({ model: 'shared', connection: 'lab' }), groups).choice ?? '')).toEqual({
      connection_id: 'b',
      model_id: 'shared',
    });
    expect(linkChoice(chat({}), groups)).toEqual({});
  });

  it('says so when no enabled server offers it', () => {
    expect(linkChoice(chat({ model: 'nope' }), groups).message).toMatch(
      /^No enabled server offers the link’s model "nope"/,
    );
    expect(linkChoice(chat({ model: 'm1', connection: 'Lab' }), groups).message).toMatch(/ on "Lab"/);
  });
});
