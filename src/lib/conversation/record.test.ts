import { describe, expect, it } from 'vitest';
import { checkConversation } from './record.ts';

const v1 = {
  schema_version: 1,
  id: 'chat1',
  title: 'Hi',
  created_at: 10,
  updated_at: 20,
  nodes: { u: { id: 'u', children: [], role: 'user', content: 'hello', status: 'complete', created_at: 10 } },
  root_ids: ['u'],
};
const v0 = { id: 'old', title: 'Old', created_at: 1, updated_at: 2, messages: [{ role: 'user', content: 'hi' }] };

const errorOf = (raw: unknown) => {
  const result = checkConversation(raw, 'conversations[0]');
  return result.ok ? 'accepted' : result.error;
};

describe('checkConversation', () => {
  it('reads current and v0 records into the current shape', () => {
    const current = checkConversation(v1, 'x');
    expect(current.ok && current.value.nodes['u']?.content).toBe('hello');
    const old = checkConversation(v0, 'x');
    expect(old.ok && old.value.schema_version).toBe(1);
    expect(old.ok && old.value.nodes['old-m0']?.content).toBe('hi');
  });

  it.each([
    ['a number', 3, 'conversations[0] is not an object.'],
    ['no id', { ...v1, id: '' }, 'conversations[0] has no "id".'],
    ['a fractional version', { ...v1, schema_version: 0.5 }, 'conversations[0].schema_version must be a whole number.'],
    ['a newer version', { ...v1, schema_version: 9 }, /newer Switchboard \(schema 9\)/],
    ['a title that is null', { ...v1, title: null }, 'conversations[0].title must be text.'],
    ['no times', { ...v1, updated_at: undefined }, /"updated_at" times/],
    ['nodes as a list', { ...v1, nodes: [] }, 'conversations[0].nodes must be an object of messages.'],
    ['no root_ids', { ...v1, root_ids: undefined }, 'conversations[0].root_ids must be a list.'],
    [
      'an unknown role',
      { ...v1, nodes: { u: { ...v1.nodes.u, role: 'function' } } },
      /nodes\["u"\]\.role must be one of/,
    ],
    ['no content', { ...v1, nodes: { u: { ...v1.nodes.u, content: 1 } } }, /nodes\["u"\]\.content must be text/],
    ['v0 without messages', { ...v0, messages: undefined }, /neither "nodes" nor "messages"/],
  ])('refuses %s', (_label, raw, error) => expect(errorOf(raw)).toMatch(error));
});
