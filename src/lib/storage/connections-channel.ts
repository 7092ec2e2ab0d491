// Cross-tab notice that stored connections changed, over BroadcastChannel('switchboard-connections').
// Carries nothing else: receivers re-read IndexedDB. A typed use of change-channel.ts.
import { isRecord } from '../util/is-record.ts';
import { createChangeChannel, type ChangeChannel, type ChannelCtor } from './change-channel.ts';

export const CONNECTIONS_CHANNEL_NAME = 'switchboard-connections';

export interface ConnectionsChange {
  type: 'connections-changed';
}

export type ConnectionsChannel = ChangeChannel<ConnectionsChange>;

function readChange(data: unknown): ConnectionsChange | undefined {
  return isRecord(data) && data.type === 'connections-changed' ? { type: 'connections-changed' } : undefined;
}

export function createConnectionsChannel(
  Channel?: ChannelCtor | null,
  name: string = CONNECTIONS_CHANNEL_NAME,
): ConnectionsChannel {
  return createChangeChannel(name, readChange, Channel);
}
