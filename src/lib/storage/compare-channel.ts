// The cross-tab notice that a comparison changed (saved, renamed, deleted), so other tabs refresh.
import { createChangeChannel, type ChangeChannel } from './change-channel.ts';
import { isRecord } from '../util/is-record.ts';

export interface CompareChange {
  id: string;
}

export function createCompareChannel(): ChangeChannel<CompareChange> {
  return createChangeChannel('switchboard-compare', (data) =>
    isRecord(data) && typeof data['id'] === 'string' ? { id: data['id'] } : undefined,
  );
}
