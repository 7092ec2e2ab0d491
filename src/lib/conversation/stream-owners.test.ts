import { describe, expect, it } from 'vitest';
import { recoverConversation } from './recover.ts';
import { expireDeadOwners } from './stream-owners.ts';
import type { Conversation, MessageNode } from './types.ts';

const node = (id: string, owner: string | undefined, status: MessageNode['status'] = 'streaming'): MessageNode => ({
  id,
  children: [],
  role: 'assistant',
  content: `partial ${id}`,
  status,
  created_at: 1,
  lease_until: 10_000,
  ...(owner ? { lease_owner: owner } : {}),
});

const conv = (nodes: MessageNode[]): Conversation => ({
  schema_version: 1,
  id: 'c',
  title: 't',
  created_at: 1,
  updated_at: 1,
  nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
  root_ids: nodes.map((n) => n.id),
});

describe('expireDeadOwners', () => {
  it('expires only streams whose owner tab is gone, so a reload shows them interrupted at once', () => {
    const c = conv([
      node('dead', 'tab-a'),
      node('alive', 'tab-b'),
      node('legacy', undefined),
      node('done', 'tab-a', 'complete'),
    ]);
    const recovered = recoverConversation(expireDeadOwners(c, new Set(['tab-b'])), 5_000);
    expect(recovered.nodes.dead?.status).toBe('interrupted');
    expect(recovered.nodes.dead?.content).toBe('partial dead');
    expect(recovered.nodes.alive?.status).toBe('streaming');
    expect(recovered.nodes.legacy?.status).toBe('streaming');
    expect(recovered.nodes.done?.status).toBe('complete');
  });

  it('returns the same object when nothing changes', () => {
    const c = conv([node('alive', 'tab-b')]);
    expect(expireDeadOwners(c, new Set(['tab-b']))).toBe(c);
  });
});
