// A deep copy of JSON-like data (plain objects, arrays, primitives) made of ordinary objects: what
// structured clone accepts even when the original was wrapped, e.g. in a Svelte $state proxy, which
// IndexedDB and postMessage refuse with DataCloneError.

export function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => plainCopy(item)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = plainCopy(item);
  return out as T;
}

/** Whether `error` is structured clone refusing a value (a proxy, a function, a DOM node...). */
export function isDataCloneError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'DataCloneError';
}
