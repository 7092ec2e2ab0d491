// Stream leases and load-time recovery. A streaming node carries lease_until, pushed forward by the
// tab that owns the stream on every save. On load, a streaming node whose lease has run out (the tab
// closed or reloaded mid-stream) is marked interrupted with its partial text; a live lease is left alone.
import type { Conversation, MessageNode } from './types.ts';

/**
 * Long enough to survive a throttled background tab (timers fire about once a second). If a lease
 * still lapses while its owner lives, the owner's next save wins the merge (higher rev) and the
 * node goes back to streaming.
 */
export const STREAM_LEASE_MS = 15_000;

export function isLiveStream(node: MessageNode, now: number): boolean {
  return node.status === 'streaming' && node.lease_until !== undefined && node.lease_until >= now;
}

/** True when some node is being streamed by a live tab (possibly this one). */
export function hasLiveStream(conv: Conversation, now: number): boolean {
  return Object.values(conv.nodes).some((node) => isLiveStream(node, now));
}

/** Streaming nodes with no lease or with `lease_until < now` become interrupted. Same object when none. */
export function recoverConversation(conv: Conversation, now: number): Conversation {
  let nodes: Record<string, MessageNode> | undefined;
  for (const [id, node] of Object.entries(conv.nodes)) {
    if (node.status !== 'streaming' || isLiveStream(node, now)) continue;
    const { lease_until: _expired, ...rest } = node;
    nodes ??= { ...conv.nodes };
    nodes[id] = {
      ...rest,
      status: 'interrupted',
      finish_reason: node.finish_reason ?? { unified: 'interrupted' },
      rev: (node.rev ?? 0) + 1,
    };
  }
  return nodes ? { ...conv, nodes } : conv;
}

/** The owning tab's lease refresh, done before each save of a streaming node. Same object if not streaming. */
export function refreshLease(conv: Conversation, nodeId: string, now: number, leaseMs = STREAM_LEASE_MS): Conversation {
  const node = conv.nodes[nodeId];
  if (!node || node.status !== 'streaming') return conv;
  return { ...conv, nodes: { ...conv.nodes, [nodeId]: { ...node, lease_until: now + leaseMs } } };
}
