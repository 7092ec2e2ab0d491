// Merges the stored copy of a conversation with the copy a tab is writing, so two tabs working on the
// same conversation never drop each other's nodes. Pure; runs inside the atomic idb `update`.
//
// Rules:
// - Nodes: the union of both maps, minus every id either side has deleted (deleted_node_ids is a
//   union too) and minus any node whose parent is gone (a deleted subtree stays deleted).
// - A node present in both: the copy with the higher `rev` wins (every change to a node's own
//   fields bumps it, so the tab that is streaming into a node always holds the higher rev). On equal
//   rev a finished copy beats a streaming one, then the longer content + reasoning, then the writer.
//   A streaming winner keeps the later of the two leases.
// - Children and root lists are rebuilt from parent_id, so children added by either tab are kept,
//   ordered by created_at.
// - Conversation fields (title, pin, folder, system prompt, params, model, current leaf) come from the copy with
//   the higher meta_rev (user actions bump it, streamed tokens do not), the writer on a tie;
//   updated_at is the later of the two; a current leaf that no longer exists is dropped.
import type { Conversation, MessageNode } from './types.ts';
import { repairTreeLinks } from './migrations.ts';
import { textLength } from './pieces.ts';

/** The conversation-level fields that user actions change, versioned together by meta_rev. */
export const META_FIELDS = [
  'title',
  'title_is_custom',
  'pinned',
  'folder',
  'system_prompt',
  'params',
  'show_images',
  'model',
  'current_leaf_id',
  'meta_rev',
] as const;

/** `target` with the conversation-level fields of `source` (absent fields stay absent). */
export function withMetaOf(target: Conversation, source: Conversation): Conversation {
  const out = { ...target } as Record<string, unknown>;
  for (const key of META_FIELDS) {
    if (source[key] === undefined) delete out[key];
    else out[key] = source[key];
  }
  return out as unknown as Conversation;
}

function weight(node: MessageNode): number {
  return textLength(node) + (node.reasoning?.length ?? 0);
}

/** The copy of one node to keep when both sides have it; `incoming` wins a full tie. */
export function pickNode(stored: MessageNode, incoming: MessageNode): MessageNode {
  const revS = stored.rev ?? 0;
  const revI = incoming.rev ?? 0;
  let winner: MessageNode;
  if (revS !== revI) winner = revS > revI ? stored : incoming;
  else if ((stored.status === 'streaming') !== (incoming.status === 'streaming')) {
    winner = stored.status === 'streaming' ? incoming : stored;
  } else winner = weight(stored) > weight(incoming) ? stored : incoming;

  const copy: MessageNode = { ...winner, children: [...winner.children] };
  if (copy.status === 'streaming') {
    const lease = Math.max(stored.lease_until ?? -Infinity, incoming.lease_until ?? -Infinity);
    if (Number.isFinite(lease)) copy.lease_until = lease;
  }
  return copy;
}

export function mergeConversations(stored: Conversation | null | undefined, incoming: Conversation): Conversation {
  if (!stored) return incoming;

  const deleted = new Set([...(stored.deleted_node_ids ?? []), ...(incoming.deleted_node_ids ?? [])]);
  const nodes: Record<string, MessageNode> = {};
  for (const id of new Set([...Object.keys(stored.nodes), ...Object.keys(incoming.nodes)])) {
    if (deleted.has(id)) continue;
    const s = stored.nodes[id];
    const i = incoming.nodes[id];
    if (s && i) nodes[id] = pickNode(s, i);
    else {
      const only = (s ?? i) as MessageNode;
      nodes[id] = { ...only, children: [...only.children] };
    }
  }

  // A node whose parent was deleted goes with it (repeat until stable: whole subtrees).
  let removed = true;
  while (removed) {
    removed = false;
    for (const node of Object.values(nodes)) {
      if (node.parent_id !== undefined && !(node.parent_id in nodes)) {
        delete nodes[node.id];
        deleted.add(node.id);
        removed = true;
      }
    }
  }

  const rootIds = repairTreeLinks(nodes, [...incoming.root_ids, ...stored.root_ids]);
  const metaSource = (stored.meta_rev ?? 0) > (incoming.meta_rev ?? 0) ? stored : incoming;
  const merged: Conversation = {
    ...withMetaOf(incoming, metaSource),
    updated_at: Math.max(stored.updated_at, incoming.updated_at),
    nodes,
    root_ids: rootIds,
  };
  if (deleted.size > 0) merged.deleted_node_ids = [...deleted];
  else delete merged.deleted_node_ids;
  if (merged.current_leaf_id !== undefined && !(merged.current_leaf_id in nodes)) {
    const other = metaSource === stored ? incoming : stored;
    if (other.current_leaf_id !== undefined && other.current_leaf_id in nodes) {
      merged.current_leaf_id = other.current_leaf_id;
    } else delete merged.current_leaf_id;
  }
  return merged;
}
