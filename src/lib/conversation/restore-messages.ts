// Undo of a message delete. A deleted id stays deleted for good (merge.ts unions deleted_node_ids, so
// another tab's copy can never bring it back), so the undo puts the deleted subtree back as copies under
// fresh ids, where it was: under the same parent, in the same place (siblings are ordered by created_at),
// on the branch that was shown. Other tabs take the copies like any new node. Pure.
import { withAutoTitle } from './tree.ts';
import type { Conversation, MessageNode } from './types.ts';

/** What a message delete took away: enough to put it back. */
export interface DeletedMessages {
  conversationId: string;
  /** the deleted message first, then every node under it, as they were */
  nodes: MessageNode[];
  /** the leaf shown before the delete */
  leafId: string | undefined;
}

/** What deleting message `id` took from `before` (`after` is the conversation once it was deleted). */
export function deletedBetween(before: Conversation, after: Conversation, id: string): DeletedMessages {
  const first = before.nodes[id];
  const rest = Object.values(before.nodes).filter((n) => n.id !== id && !after.nodes[n.id]);
  return { conversationId: before.id, nodes: first ? [first, ...rest] : rest, leafId: before.current_leaf_id };
}

const byCreation = (conv: Conversation) => (a: string, b: string) =>
  (conv.nodes[a]?.created_at ?? 0) - (conv.nodes[b]?.created_at ?? 0);

/**
 * `conv` with the deleted messages back (under fresh ids from `newId`, given each one's old id). Unchanged when the message's
 * parent is gone meanwhile (nowhere to put it back). An answer that was streaming when deleted comes back
 * stopped.
 */
export function restoreMessages(
  conv: Conversation,
  deleted: DeletedMessages,
  newId: (oldId: string) => string,
  now: number,
): Conversation {
  const [top] = deleted.nodes;
  if (!top || conv.id !== deleted.conversationId) return conv;
  if (top.parent_id !== undefined && !conv.nodes[top.parent_id]) return conv;
  const ids = new Map(deleted.nodes.map((n) => [n.id, newId(n.id)]));
  const fresh = (id: string) => ids.get(id) as string;
  const nodes = { ...conv.nodes };
  for (const node of deleted.nodes) {
    const copy: MessageNode = {
      ...node,
      id: fresh(node.id),
      children: node.children.filter((c) => ids.has(c)).map(fresh),
    };
    if (node !== top && node.parent_id !== undefined) copy.parent_id = fresh(node.parent_id);
    if (copy.status === 'streaming') {
      copy.status = 'aborted';
      delete copy.lease_until;
      delete copy.lease_owner;
    }
    nodes[copy.id] = copy;
  }
  const next: Conversation = { ...conv, nodes, updated_at: now };
  if (top.parent_id === undefined) next.root_ids = [...conv.root_ids, fresh(top.id)].sort(byCreation(next));
  else {
    const parent = conv.nodes[top.parent_id] as MessageNode;
    nodes[parent.id] = { ...parent, children: [...parent.children, fresh(top.id)].sort(byCreation(next)) };
  }
  if (deleted.leafId !== undefined && ids.has(deleted.leafId)) next.current_leaf_id = fresh(deleted.leafId);
  return withAutoTitle(next);
}
