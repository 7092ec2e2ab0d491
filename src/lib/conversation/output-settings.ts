// The chat's "Output" settings, read from what the user typed: the response format (text, JSON, or a JSON
// schema) and the tool definitions (the OpenAI `tools` shape), both kept in the chat's params. Pure.
import { tr } from '../i18n/active-language.ts';
import type { ChatParams, ToolDefinition } from '../providers/types.ts';
import { isRecord } from '../util/is-record.ts';
import { formatKind, schemaOf, type ResponseFormatKind } from './response-format.ts';

export { formatKind, schemaOf, type ResponseFormatKind };

export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

type ResponseFormat = NonNullable<ChatParams['response_format']>;

const NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const NAME_RULE = { field: '"name"', underscore: '"_"', hyphen: '"-"', max: 64 };
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

function parse(text: string, what: 'schema' | 'tools'): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const error = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      error:
        what === 'schema'
          ? tr('The schema is not valid JSON: {error}', { error })
          : tr('The tool definitions are not valid JSON: {error}', { error }),
    };
  }
}

/** The schema text shown in the editor for a stored format. */
export function schemaText(format: ChatParams['response_format']): string {
  const schema = schemaOf(format);
  return schema ? JSON.stringify(schema, null, 2) : '';
}

/** A schema the editor accepts: a JSON object whose `type`, where given, is a JSON Schema type. */
function checkSchema(schema: unknown): string | undefined {
  if (!isRecord(schema)) {
    return tr('The schema must be a JSON object, such as {example}.', {
      example: '{"type": "object", "properties": {…}}',
    });
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  const bad = types.find((t) => typeof t !== 'string' || !TYPES.has(t));
  if (bad !== undefined) {
    return tr('{field} must be one of {types} (found {found}).', {
      field: '"type"',
      types: [...TYPES].join(', '),
      found: JSON.stringify(bad),
    });
  }
  if (schema.properties !== undefined && !isRecord(schema.properties)) {
    return tr('{field} must be an object.', { field: '"properties"' });
  }
  if (schema.required !== undefined && !Array.isArray(schema.required)) {
    return tr('{field} must be a list of names.', { field: '"required"' });
  }
  return undefined;
}

/**
 * What the form's choice becomes in the request: nothing for text, json_object for JSON, json_schema for a
 * schema (a bare schema is wrapped as `{name: "answer", schema}`; an OpenAI-shaped `{name, schema, strict}` is kept).
 */
export function readResponseFormat(kind: ResponseFormatKind, text: string): Read<ResponseFormat | undefined> {
  if (kind === 'text') return { ok: true, value: undefined };
  if (kind === 'json') return { ok: true, value: { type: 'json_object' } };
  if (text.trim() === '') return { ok: false, error: tr('Paste or write a JSON schema, or pick an example.') };
  const parsed = parse(text, 'schema');
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const nested = isRecord(value) && isRecord(value.schema) && typeof value.name === 'string';
  const schema = nested ? value.schema : value;
  const problem = checkSchema(schema);
  if (problem) return { ok: false, error: problem };
  if (nested && !NAME.test(value.name as string)) {
    return {
      ok: false,
      error: tr('{field} may hold only letters, digits, {underscore} and {hyphen} (at most {max}).', NAME_RULE),
    };
  }
  return { ok: true, value: { type: 'json_schema', json_schema: nested ? value : { name: 'answer', schema } } };
}

/** Tool definitions from the editor: empty means none; otherwise a JSON list in the OpenAI `tools` shape. */
export function readToolDefinitions(text: string): Read<ToolDefinition[] | undefined> {
  if (text.trim() === '') return { ok: true, value: undefined };
  const parsed = parse(text, 'tools');
  if (!parsed.ok) return parsed;
  const list = parsed.value;
  if (!Array.isArray(list))
    return {
      ok: false,
      error: tr('Tool definitions must be a JSON list: {example}.', { example: '[{"type": "function", …}]' }),
    };
  const names = new Set<string>();
  for (const [i, tool] of list.entries()) {
    const problem = toolProblem(tool, i + 1, names);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, value: list as ToolDefinition[] };
}

/** Why the n-th tool definition is refused, or undefined; its name joins `names`. */
function toolProblem(tool: unknown, n: number, names: Set<string>): string | undefined {
  if (!isRecord(tool) || tool.type !== 'function') {
    return tr('Tool {n} needs {field}.', { n, field: '"type": "function"' });
  }
  const fn = tool.function;
  if (!isRecord(fn)) return tr('Tool {n} needs a {field} object.', { n, field: '"function"' });
  if (typeof fn.name !== 'string' || !NAME.test(fn.name)) {
    return tr('Tool {n}: {field} must be letters, digits, {underscore} or {hyphen} (at most {max}).', {
      n,
      field: '"function.name"',
      underscore: '"_"',
      hyphen: '"-"',
      max: 64,
    });
  }
  if (names.has(fn.name)) return tr('Tool {n}: the name {name} is used twice.', { n, name: `"${fn.name}"` });
  names.add(fn.name);
  if (fn.description !== undefined && typeof fn.description !== 'string') {
    return tr('Tool {n}: {field} must be text.', { n, field: '"function.description"' });
  }
  if (fn.parameters !== undefined && !isRecord(fn.parameters)) {
    return tr('Tool {n}: {field} must be a JSON schema object.', { n, field: '"function.parameters"' });
  }
  return undefined;
}

/** The tool definitions as the editor shows them. */
export function toolsText(tools: ChatParams['tools']): string {
  return tools && tools.length > 0 ? JSON.stringify(tools, null, 2) : '';
}

/** `params` with the output settings set (an undefined one is removed); undefined when nothing is left. */
export function withOutput(
  params: ChatParams | undefined,
  output: { response_format: ChatParams['response_format']; tools: ChatParams['tools'] },
): ChatParams | undefined {
  const next: ChatParams = { ...params };
  delete next.response_format;
  delete next.tools;
  if (output.response_format) next.response_format = output.response_format;
  if (output.tools) next.tools = output.tools;
  return Object.keys(next).length > 0 ? next : undefined;
}
