// What the UI does with the browser's storage: report usage and persistence, and ask for persistent
// storage (on request, or once after the first saved chat). The StorageManager and the "already asked"
// memory are the browser's; the UI passes them in (ui/shared/browser-storage.ts). Also how many
// migration copies of older records are kept, so the user can see they exist.
import type { UseStore } from 'idb-keyval';
import { chatsStore } from '../storage/chats-repo.ts';
import { defaultConnectionsStore } from '../storage/connections-repo.ts';
import { countMigrationCopies } from '../storage/migration-copies.ts';
import {
  describeUsage,
  persistenceOf,
  requestPersistence,
  requestPersistenceOnce,
  sizeText,
  type AskedMemory,
  type Persistence,
  type StorageManagerLike,
} from '../storage/storage-usage.ts';
import { tr } from '../i18n/active-language.ts';

export type { AskedMemory, Persistence, StorageManagerLike };

export interface StorageReport {
  /** e.g. "Using 1.2 MB of 10 GB (0.01%)"; null when the browser gives no numbers */
  usage: string | null;
  persistence: Persistence;
}

export async function storageReport(manager: StorageManagerLike | undefined): Promise<StorageReport> {
  let usage: string | null = null;
  try {
    if (manager?.estimate) usage = describeUsage(await manager.estimate());
  } catch {
    // no numbers, then
  }
  return { usage, persistence: await persistenceOf(manager) };
}

/** Asks the browser for persistent storage now (the user pressed the button). Never throws. */
export function askForPersistence(manager: StorageManagerLike | undefined): Promise<Persistence> {
  return requestPersistence(manager);
}

/** After a save: asks the browser once ever, and after that does nothing at all. Never throws. */
export async function askForPersistenceOnce(
  manager: StorageManagerLike | undefined,
  asked: AskedMemory,
): Promise<void> {
  if (!asked.get()) await requestPersistenceOnce(manager, asked);
}

/**
 * e.g. "2 migration copies, 1.2 kB: the records as they were before an upgrade rewrote them (deleting a
 * chat or connection deletes its copies)"; null when there are none or they cannot be counted.
 */
export async function migrationCopiesReport(
  stores: readonly UseStore[] = [chatsStore, defaultConnectionsStore()],
): Promise<string | null> {
  try {
    const { count, bytes } = await countMigrationCopies(stores);
    if (count === 0) return null;
    return tr(
      {
        one: '{count} migration copy, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).',
        other:
          '{count} migration copies, {size}: records as they were before an upgrade rewrote them (deleting a chat or connection deletes its copies).',
      },
      { count, size: sizeText(bytes) },
    );
  } catch {
    return null;
  }
}
