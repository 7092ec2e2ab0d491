// The one guard for "a plain JSON object": not null, not an array. Everything read from outside
// (server replies, files, stored records, messages from other tabs) is narrowed with it.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
