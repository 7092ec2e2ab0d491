// Cross-tab notice that a conversation changed or was deleted, over BroadcastChannel('switchboard-chats').
// Carries ids only: receivers re-read IndexedDB. A typed use of change-channel.ts.
import { isRecord } from '../util/is-record.ts';
import { createChangeChannel, type ChangeChannel, type ChannelCtor } from './change-channel.ts';

export const CHATS_CHANNEL_NAME = 'switchboard-chats';

export interface ChatsChange {
  type: 'changed' | 'deleted';
  id: string;
}

export type ChatsChannel = ChangeChannel<ChatsChange>;

/** Only `{ type, id }` gets through, without any other field. */
function readChange(data: unknown): ChatsChange | undefined {
  if (!isRecord(data)) return undefined;
  const { type, id } = data;
  return (type === 'changed' || type === 'deleted') && typeof id === 'string' && id !== '' ? { type, id } : undefined;
}

export function createChatsChannel(Channel?: ChannelCtor | null, name: string = CHATS_CHANNEL_NAME): ChatsChannel {
  const channel = createChangeChannel(name, readChange, Channel);
  return { ...channel, post: (change) => channel.post({ type: change.type, id: change.id }) };
}
