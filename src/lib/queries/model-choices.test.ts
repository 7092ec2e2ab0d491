import { describe, expect, it } from 'vitest';
import type { Connection } from '../connections/types.ts';
import { choiceValue, selectedChoice, type ModelGroup } from './model-choices.ts';

function group(id: string, ...models: string[]): ModelGroup {
  const connection: Connection = {
    id,
    name: id,
    mode: 'openai_compatible',
    base_url: 'http://localhost:8080/v1',
    enabled: true,
    created_at: 1,
    updated_at: 1,
  };
  return { connection, models: models.map((m) => ({ id: m })) };
}

const groups = [group('a', 'a1', 'a2'), group('b', 'b1')];

describe('selectedChoice', () => {
  it("prefers this tab's pick while it is offered", () => {
    const picked = choiceValue('b', 'b1');
    expect(selectedChoice(groups, picked, { connection_id: 'a', model_id: 'a2' })).toBe(picked);
  });

  it("falls back to the chat's own model when nothing offered was picked", () => {
    const chats = choiceValue('a', 'a2');
    expect(selectedChoice(groups, undefined, { connection_id: 'a', model_id: 'a2' })).toBe(chats);
    expect(selectedChoice(groups, choiceValue('gone', 'x'), { connection_id: 'a', model_id: 'a2' })).toBe(chats);
    expect(selectedChoice(groups, 'not a choice', { connection_id: 'a', model_id: 'a2' })).toBe(chats);
  });

  it("uses the first offered model when the chat's model is gone (connection removed, model unlisted)", () => {
    const first = choiceValue('a', 'a1');
    expect(selectedChoice(groups, undefined, { connection_id: 'removed', model_id: 'a2' })).toBe(first);
    expect(selectedChoice(groups, undefined, { connection_id: 'b', model_id: 'unlisted' })).toBe(first);
    expect(selectedChoice(groups, undefined, undefined)).toBe(first);
  });

  it('skips a connection that lists no model, and has nothing to offer without models', () => {
    expect(selectedChoice([group('empty'), group('b', 'b1')], undefined, undefined)).toBe(choiceValue('b', 'b1'));
    expect(selectedChoice([], choiceValue('a', 'a1'), { connection_id: 'a', model_id: 'a1' })).toBeUndefined();
    expect(selectedChoice([group('empty')], undefined, undefined)).toBeUndefined();
  });
});
