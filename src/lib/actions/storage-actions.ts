// What the UI does with the browser's storage: report usage and persistence, and ask for persistent
// storage (on request, or once after the first saved chat). The StorageManager and the "already asked"
// memory are the browser's; the UI passes them in (ui/shared/browser-storage.ts).
import {
  describeUsage,
  persistenceOf,
  requestPersistence,
  requestPersistenceOnce,
  type AskedMemory,
  type Persistence,
  type StorageManagerLike,
} from '../storage/storage-usage.ts';

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
