// Marks streams whose owning tab is gone, so recoverConversation turns them into interrupted answers.
import type { Conversation } from './types.ts';

/** Streaming nodes owned by a tab not in `liveTabs` get an expired lease. Same object when none. */
export function expireDeadOwners(conv: Conversation, liveTabs: ReadonlySet<string>): Conversation {
  let nodes: Conversation['nodes'] | undefined;
  for (const [id, node] of Object.entries(conv.nodes)) {
    if (node.status !== 'streaming' || node.lease_owner === undefined || liveTabs.has(node.lease_owner)) continue;
    nodes ??= { ...conv.nodes };
    nodes[id] = { ...node, lease_until: 0 };
  }
  return nodes ? { ...conv, nodes } : conv;
}
