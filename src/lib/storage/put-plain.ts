// The one way a record is put into an object store: when structured clone refuses the value (it reached
// storage wrapped, e.g. in a Svelte $state proxy), a plain copy is stored instead of losing the write.
// The copy is made only then, so ordinary writes (every streamed token's save) cost nothing extra.
import { isDataCloneError, plainCopy } from '../util/plain-copy.ts';

/** Puts `value` under `key`; resolves to what was stored (`value`, or its plain copy). */
export function putPlain<T>(s: IDBObjectStore, value: T, key: IDBValidKey): T {
  try {
    s.put(value, key);
    return value;
  } catch (error) {
    if (!isDataCloneError(error)) throw error;
    const copy = plainCopy(value);
    s.put(copy, key);
    return copy;
  }
}
