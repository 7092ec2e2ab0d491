// How one chat of a backup meets the stored copy: a restore only ADDS what is missing. Stored messages,
// the title and the settings always win over the file (whatever its revs say), messages the file lists
// as deleted stay here, and a chat's privacy settings (remote images) never come from a file. Pure.
import type { Conversation, MessageNode } from '../conversation/types.ts';
import { repairTreeLinks } from '../conversation/migrations.ts';
import { canonical, imagesOff } from './chats-file.ts';

/** What a restore did to the chats, for the message the user sees. */
export interface ChatsRestoreCount {
  /** chats that were not here and were added whole */
  addedChats: number;
  /** messages added to chats that were already here */
  addedMessages: number;
  /** messages already here whose copy in the file differs: left as they are */
  keptMessages: number;
  /** chats already here whose title or settings in the file differ: left as they are */
  keptChats: number;
}

export const noChatsRestored = (): ChatsRestoreCount => ({
  addedChats: 0,
  addedMessages: 0,
  keptMessages: 0,
  keptChats: 0,
});

/** The fields compared to tell the user a chat's title or settings differed (show_images is never taken). */
const SETTINGS = ['title', 'title_is_custom', 'system_prompt', 'params', 'model'] as const;

/** A node's own content, without the links rebuilt from parent ids and the live stream's lease. */
function ownFields(node: MessageNode): unknown {
  const { children: _c, lease_until: _l, lease_owner: _o, ...rest } = node;
  return rest;
}

/** A chat new to this browser: taken whole, with remote images off and no tombstones of its own. */
function newChat(incoming: Conversation): Conversation {
  const { deleted_node_ids: _deleted, ...rest } = imagesOff(incoming);
  return rest;
}

/** `stored` plus the file's messages it lacks (under a parent that is here); nothing of `stored` changes. */
export function restoreChat(
  stored: Conversation | null,
  incoming: Conversation,
  count: ChatsRestoreCount,
): Conversation {
  if (!stored) {
    count.addedChats++;
    return newChat(incoming);
  }
  const deletedHere = new Set(stored.deleted_node_ids ?? []);
  const nodes: Record<string, MessageNode> = {};
  for (const [id, node] of Object.entries(stored.nodes)) nodes[id] = { ...node, children: [...node.children] };
  const missing: MessageNode[] = [];
  for (const node of Object.values(incoming.nodes)) {
    const here = stored.nodes[node.id];
    if (here) {
      if (canonical(ownFields(here)) !== canonical(ownFields(node))) count.keptMessages++;
    } else if (!deletedHere.has(node.id)) missing.push(node);
  }
  // parents first: repeat until no missing node finds its parent here (a subtree deleted here stays deleted)
  let added = 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const node of missing) {
      if (node.id in nodes) continue;
      if (node.parent_id !== undefined && !(node.parent_id in nodes)) continue;
      nodes[node.id] = { ...node, children: [] };
      added++;
      progress = true;
    }
  }
  count.addedMessages += added;
  if (SETTINGS.some((key) => canonical(stored[key]) !== canonical(incoming[key]))) count.keptChats++;
  if (added === 0) return stored;
  return {
    ...stored,
    nodes,
    root_ids: repairTreeLinks(nodes, [...stored.root_ids, ...incoming.root_ids]),
    updated_at: Math.max(stored.updated_at, incoming.updated_at),
  };
}
