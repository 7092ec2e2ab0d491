// Helpers for validators that report one clear message per problem: need() stops at the first broken
// rule by throwing Invalid, checked() turns that into a result and valueOf() back. Other errors are bugs and pass through.

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export class Invalid extends Error {}

export function need(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Invalid(message);
}

/** The value of a result, or its error thrown as Invalid: for a validator built from others. */
export function valueOf<T>(result: Checked<T>): T {
  if (!result.ok) throw new Invalid(result.error);
  return result.value;
}

export function checked<T>(read: () => T): Checked<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}
