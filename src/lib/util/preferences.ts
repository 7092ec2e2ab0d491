// Small UI preferences kept in Web Storage, where every access may throw: reading `localStorage`
// itself throws SecurityError where site data is blocked by policy, writing throws QuotaExceededError
// when full, and it is missing outside browsers. A preference that cannot be read is unset; one that
// cannot be written is simply not remembered. Nothing here ever throws.

export type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): PreferenceStorage | undefined {
  return globalThis.localStorage;
}

export function readPreference(
  key: string,
  storage: () => Pick<Storage, 'getItem'> | undefined = defaultStorage,
): string | undefined {
  try {
    return storage()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether the value was stored. */
export function writePreference(
  key: string,
  value: string,
  storage: () => Pick<Storage, 'setItem'> | undefined = defaultStorage,
): boolean {
  try {
    const s = storage();
    s?.setItem(key, value);
    return s !== undefined;
  } catch {
    return false;
  }
}
