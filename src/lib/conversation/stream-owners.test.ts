import { describe, expect, it } from 'vitest';
import { recoverConversation } from './recover.ts';
import { expireDeadOwners } from './stream-owners.ts';
import { assistantNode, conversationOf } from './testing/builders.ts';
import type { MessageNode } from './types.ts';

/** An answer streamed by tab `owner` (none: from before owners were recorded), leased until 10 000. */
const node = (id: string, owner: string | undefined, status: MessageNode['status'] = 'streaming') =>
  assistantNode(id, {
    content: `partial ${id}`,
    status,
    lease_until: 10_000,
    ...(owner ? { lease_owner: owner } : {}),
  });

describe('expireDeadOwners', () => {
  it('expires only streams whose owner tab is gone, so a reload shows them interrupted at once', () => {
    const c = conversationOf([
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
    const c = conversationOf([node('alive', 'tab-b')]);
    expect(expireDeadOwners(c, new Set(['tab-b']))).toBe(c);
  });
});
