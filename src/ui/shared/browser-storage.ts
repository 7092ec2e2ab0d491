// The page's StorageManager (absent outside secure contexts) and the "already asked for persistent
// storage" flag, kept in localStorage like the other UI preferences.
import type { AskedMemory, StorageManagerLike } from '../../lib/actions/storage-actions.ts';

export function storageManager(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? (navigator.storage as StorageManagerLike | undefined) : undefined;
}

const ASKED_KEY = 'switchboard.persist-asked';

export const persistAsked: AskedMemory = {
  get() {
    try {
      return localStorage.getItem(ASKED_KEY) === '1';
    } catch {
      return true; // no localStorage: do not ask on every save
    }
  },
  set() {
    try {
      localStorage.setItem(ASKED_KEY, '1');
    } catch {
      // nothing to remember it in
    }
  },
};
