// Checks a JSON answer against the chat's schema in the browser with @cfworker/json-schema (small and
// free of eval, which our CSP forbids), loaded on first use. The result names the first failing place.
import { tr } from '../i18n/active-language.ts';
export type SchemaCheck = { ok: true } | { ok: false; path: string; message: string };

/** Errors that only say "something below failed": the error under them says what. */
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'patternProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'dependentSchemas',
  '$ref',
  'allOf',
]);

/** `#/a/0` → `/a/0`; `#` → `(top level)`. */
function pathOf(location: string): string {
  const pointer = location.replace(/^#/, '');
  return pointer === '' ? tr('(top level)') : pointer;
}

export async function checkAgainstSchema(value: unknown, schema: Record<string, unknown>): Promise<SchemaCheck> {
  const { Validator } = await import('@cfworker/json-schema');
  let result;
  try {
    result = new Validator(schema, '2020-12', false).validate(value);
  } catch (error) {
    // a schema the validator cannot use (a bad $ref, a pattern that is not a valid expression)
    return { ok: false, path: tr('(schema)'), message: error instanceof Error ? error.message : String(error) };
  }
  if (result.valid) return { ok: true };
  const first = result.errors.find((e) => !WRAPPERS.has(e.keyword)) ?? result.errors[0];
  if (!first) return { ok: false, path: tr('(top level)'), message: tr('The value does not match the schema.') };
  const message = first.keyword === 'false' ? tr('This is not allowed here.') : first.error;

  return { ok: false, path: pathOf(first.instanceLocation), message };
}
