import { describe, expect, it } from 'vitest';
import { CONVERSATION_SCHEMA_VERSION, isNewerSchema, migrateConversation } from './migrations.ts';
import { assistantNode, conversationOf, fromNewerSchema, storedV0Chat, userNode } from './testing/builders.ts';
import type { ProviderError } from '../providers/errors.ts';

const v0 = storedV0Chat({
  id: 'old1',
  title: 'Pasta',
  created_at: 100,
  updated_at: 300,
  system_prompt: 'You are a chef.',
  messages: [
    { role: 'user', content: 'How long do I boil pasta?', created_at: 100 },
    { role: 'assistant', content: 'About 10 minutes.', created_at: 150, model: 'llama3' },
    { role: 'user', content: 'Salt?', created_at: 200 },
  ],
});

/** u → a, as the current schema stores it */
const v1 = conversationOf(
  [userNode('u', { content: 'hi' }), assistantNode('a', { parent_id: 'u', content: 'yo', created_at: 2, rev: 3 })],
  { id: 'c1', title: 'T', created_at: 1, updated_at: 2 },
);

describe('migrateConversation', () => {
  it('turns a v0 flat message list into a v1 linear tree', () => {
    const c = migrateConversation(v0);
    expect(c).not.toBeNull();
    expect(c).toMatchObject({
      schema_version: CONVERSATION_SCHEMA_VERSION,
      id: 'old1',
      title: 'Pasta',
      created_at: 100,
      updated_at: 300,
      system_prompt: 'You are a chef.',
      root_ids: ['old1-m0'],
      current_leaf_id: 'old1-m2',
    });
    expect(c?.nodes['old1-m0']).toEqual({
      id: 'old1-m0',
      children: ['old1-m1'],
      role: 'user',
      content: 'How long do I boil pasta?',
      status: 'complete',
      created_at: 100,
    });
    expect(c?.nodes['old1-m1']).toMatchObject({ parent_id: 'old1-m0', children: ['old1-m2'], model_id: 'llama3' });
    expect(c?.nodes['old1-m2']).toMatchObject({ parent_id: 'old1-m1', children: [], content: 'Salt?' });
    expect(c && 'messages' in c).toBe(false);
  });

  it('is repeatable: migrating the result again changes nothing', () => {
    const once = migrateConversation(v0);
    expect(migrateConversation(once)).toEqual(once);
    expect(migrateConversation(v1)).toEqual(migrateConversation(migrateConversation(v1)));
  });

  it('passes a valid v1 record through', () => {
    expect(migrateConversation(v1)).toEqual(v1);
  });

  it.each([
    ['null', null],
    ['a string', 'chat'],
    ['an array', []],
    ['no id', { schema_version: 1, nodes: {}, root_ids: [] }],
    ['an empty id', { schema_version: 1, id: '', nodes: {}, root_ids: [] }],
    ['v1 without nodes', { schema_version: 1, id: 'x' }],
    ['v0 without messages', { id: 'x', title: 't' }],
    ['a newer schema', fromNewerSchema(v1)],
  ])('rejects %s', (_name, raw) => {
    expect(migrateConversation(raw)).toBeNull();
  });

  it('knows a newer schema when it sees one', () => {
    expect(isNewerSchema(fromNewerSchema(v1))).toBe(true);
    expect(isNewerSchema(v1)).toBe(false);
    expect(isNewerSchema(undefined)).toBe(false);
  });

  it('drops unusable nodes and repairs the links without losing readable text', () => {
    const raw = {
      ...v1,
      nodes: {
        ...v1.nodes,
        bad: { role: 'robot', content: 'x', children: [] },
        orphan: { parent_id: 'missing', children: [], role: 'user', content: 'keep me', created_at: 5 },
        loop1: { parent_id: 'loop2', children: [], role: 'user', content: 'l1', created_at: 6 },
        loop2: { parent_id: 'loop1', children: [], role: 'assistant', content: 'l2', created_at: 7, status: 'weird' },
      },
      root_ids: ['u', 'ghost'],
      current_leaf_id: 'ghost',
    };
    const c = migrateConversation(raw);
    expect(c).not.toBeNull();
    expect(Object.keys(c?.nodes ?? {}).sort()).toEqual(['a', 'loop1', 'loop2', 'orphan', 'u']);
    expect(c?.nodes.orphan?.parent_id).toBeUndefined();
    expect(c?.root_ids).toContain('orphan');
    expect(c?.root_ids).not.toContain('ghost');
    expect(c?.root_ids[0]).toBe('u');
    expect(c?.current_leaf_id).toBeUndefined();
    expect(c?.nodes.loop2?.status).toBe('complete');
    // the cycle is broken: exactly one of the two became a root
    const loopRoots = ['loop1', 'loop2'].filter((id) => c?.root_ids.includes(id));
    expect(loopRoots).toHaveLength(1);
  });

  it('keeps a long chain intact and breaks a cycle hanging below it', () => {
    const chain = Array.from({ length: 3000 }, (_, i) =>
      (i % 2 ? assistantNode : userNode)(`n${i}`, {
        content: `m${i}`,
        created_at: i,
        ...(i > 0 ? { parent_id: `n${i - 1}` } : {}),
      }),
    );
    const cycle = [
      userNode('x', { parent_id: 'y', created_at: 5000 }),
      userNode('y', { parent_id: 'x', created_at: 5001 }),
    ];
    const c = migrateConversation(conversationOf([...chain, ...cycle], { current_leaf_id: 'n2999' }));
    expect(c?.root_ids.filter((id) => id.startsWith('n'))).toEqual(['n0']);
    expect(c?.nodes.n2999?.parent_id).toBe('n2998');
    expect(c?.nodes.n1500?.children).toEqual(['n1501']);
    expect(['x', 'y'].filter((id) => c?.root_ids.includes(id))).toHaveLength(1);
  });

  it('rebuilds children lists from parent ids', () => {
    const raw = { ...v1, nodes: { ...v1.nodes, u: { ...v1.nodes.u, children: ['nope'] } } };
    expect(migrateConversation(raw)?.nodes.u?.children).toEqual(['a']);
  });
});

describe('forward compatibility', () => {
  it('keeps fields it does not know, on nodes and on the conversation', () => {
    const raw = {
      ...v1,
      pinned: true,
      nodes: { ...v1.nodes, a: { ...v1.nodes.a, lease_owner: 'tab-1', reactions: [{ name: 'x' }] } },
    };
    const c = migrateConversation(raw) as unknown as Record<string, unknown> & {
      nodes: Record<string, Record<string, unknown>>;
    };
    expect(c.pinned).toBe(true);
    expect(c.nodes.a?.lease_owner).toBe('tab-1');
    expect(c.nodes.a?.reactions).toEqual([{ name: 'x' }]);
  });

  it('drops known optional fields of the wrong type', () => {
    const raw = {
      ...v1,
      system_prompt: 42,
      model: { connection_id: 'k' },
      nodes: { ...v1.nodes, a: { ...v1.nodes.a, reasoning: 7, usage: 'lots', rev: 'x', warnings: ['ok', 3] } },
    };
    const c = migrateConversation(raw);
    expect(c && 'system_prompt' in c).toBe(false);
    expect(c && 'model' in c).toBe(false);
    expect(c?.nodes.a && 'reasoning' in c.nodes.a).toBe(false);
    expect(c?.nodes.a && 'usage' in c.nodes.a).toBe(false);
    expect(c?.nodes.a && 'rev' in c.nodes.a).toBe(false);
    expect(c?.nodes.a?.warnings).toEqual(['ok']);
  });
});

describe('stored errors from hand-edited files', () => {
  it('drops an error the UI could not show, and keeps a well-formed one', async () => {
    const { migrateConversation } = await import('./migrations.ts');
    const failed = (error: unknown) =>
      conversationOf([assistantNode('a', { content: 'x', status: 'error', error: error as ProviderError })]);
    const bad = migrateConversation(failed({ kind: 'http' }));
    expect(bad?.nodes.a?.error).toBeUndefined();
    expect(bad?.nodes.a?.content).toBe('x');
    const good = {
      name: 'ProviderError',
      kind: 'http',
      message: 'nope',
      phase: 'request',
      retryable: false,
      request: { method: 'POST', url: 'http://h/x', headers: {} },
    };
    expect(migrateConversation(failed(good))?.nodes.a?.error).toEqual(good);
  });
});
