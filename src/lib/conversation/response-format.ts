// What a chat's response format asks for, read from its params: the kind, and the schema to match. Small and
// pure, for the message view (the editor's readers live in output-settings.ts, loaded with the settings panel).
import type { ChatParams } from '../providers/types.ts';
import { isRecord } from '../util/is-record.ts';

export type ResponseFormatKind = 'text' | 'json' | 'schema';

/** The kind of format the chat asks for (an unknown stored format counts as text). */
export function formatKind(format: ChatParams['response_format']): ResponseFormatKind {
  if (format?.type === 'json_object') return 'json';
  if (format?.type === 'json_schema') return 'schema';
  return 'text';
}

/** The JSON schema the chat's answers should match, or undefined (bare or OpenAI-nested `{name, schema}`). */
export function schemaOf(format: ChatParams['response_format']): Record<string, unknown> | undefined {
  if (format?.type !== 'json_schema') return undefined;
  const spec = format.json_schema;
  if (isRecord(spec) && isRecord(spec.schema)) return spec.schema;
  return isRecord(spec) ? spec : undefined;
}
