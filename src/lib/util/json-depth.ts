// Reading JSON from a file without trusting its shape: JSON.parse, then a depth check that walks the
// value without recursion (a stack of its own), so a document nested 100,000 deep gets a clear answer
// instead of a stack overflow later, in structured cloning or JSON.stringify.

/** Far deeper than any Switchboard file needs (a chats file is about 10 levels). */
export const MAX_JSON_DEPTH = 100;

/** True when `value` has objects or lists nested more than `limit` levels deep. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) if (typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; tooDeep: boolean };

/** The parsed document, or why not: not JSON, or nested more than MAX_JSON_DEPTH deep. Never throws. */
export function parseJsonBounded(text: string): ParsedJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // an engine that parses recursively overflows its stack on deep nesting (a RangeError, or Firefox's InternalError)
    return { ok: false, tooDeep: error instanceof Error && !(error instanceof SyntaxError) };
  }
  return deeperThan(value, MAX_JSON_DEPTH) ? { ok: false, tooDeep: true } : { ok: true, value };
}
