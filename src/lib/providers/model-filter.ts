// Applies a connection's model filter and manual model ids to what its server listed.
import { firstOfEachId } from './adapter.ts';
import type { ModelInfo } from './types.ts';

/**
 * A filter with a comma is a list of exact ids; otherwise it is a prefix (case-insensitive).
 * Manual ids are always shown, and appended when the server did not list them. Each id appears once
 * (the first wins): the UI keys model lists by id, and a repeated key throws.
 */
export function applyModelFilter(
  listed: readonly ModelInfo[],
  filter: string | undefined,
  manualIds: readonly string[] = [],
): ModelInfo[] {
  const f = (filter ?? '').trim();
  let kept = firstOfEachId(listed);
  if (f.includes(',')) {
    const wanted = new Set(
      f
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    kept = kept.filter((m) => wanted.has(m.id));
  } else if (f !== '') {
    const prefix = f.toLowerCase();
    kept = kept.filter((m) => m.id.toLowerCase().startsWith(prefix));
  }
  const seen = new Set(kept.map((m) => m.id));
  for (const id of manualIds) {
    if (!seen.has(id)) {
      kept.push({ id, manual: true });
      seen.add(id);
    }
  }
  return kept;
}
