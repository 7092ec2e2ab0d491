// Validates a chat request body against OpenAI's CreateChatCompletionRequest schema (extracted into
// spec/), so tests can assert that what the app sends is spec-valid. Also flags top-level keys the spec
// does not declare, which the schema itself would let through.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { isRecord } from '../../src/lib/util/is-record.ts';

export interface ChatRequestValidation {
  valid: boolean;
  errors: string[];
  /** Top-level keys that no part of the schema declares (reported even when allowed). */
  unknownKeys: string[];
}

export interface ValidateOptions {
  /** The schema has no additionalProperties at the top level; by default we still reject unknown keys. */
  allowUnknownKeys?: boolean;
}

interface SchemaNode {
  $ref?: string;
  allOf?: SchemaNode[];
  properties?: Record<string, unknown>;
}
interface SchemaFile {
  $ref: string;
  $defs: Record<string, SchemaNode>;
}

const schema = JSON.parse(
  readFileSync(new URL('./spec/create-chat-completion-request.schema.json', import.meta.url), 'utf8'),
) as SchemaFile;

// strict:false ignores OpenAPI leftovers (discriminator, nullable's siblings, x-*) instead of throwing;
// formats are not checked because ajv-formats is not a dependency.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

function declaredKeys(node: SchemaNode | undefined, into: Set<string>): Set<string> {
  if (!node) return into;
  if (node.$ref) declaredKeys(schema.$defs[node.$ref.replace('#/$defs/', '')], into);
  for (const part of node.allOf ?? []) declaredKeys(part, into);
  for (const key of Object.keys(node.properties ?? {})) into.add(key);
  return into;
}

const KNOWN_TOP_LEVEL = declaredKeys({ $ref: schema.$ref }, new Set());

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `${where} ${error.message ?? error.keyword}${params}`;
}

export function validateChatCompletionRequest(body: unknown, options: ValidateOptions = {}): ChatRequestValidation {
  const schemaOk = validate(body) as boolean;
  const errors = schemaOk ? [] : (validate.errors ?? []).map(describe);
  const unknownKeys = isRecord(body) ? Object.keys(body).filter((key) => !KNOWN_TOP_LEVEL.has(key)) : [];
  if (!options.allowUnknownKeys) {
    for (const key of unknownKeys) errors.push(`(root) has a key the spec does not declare: ${key}`);
  }
  return { valid: errors.length === 0, errors, unknownKeys };
}

export const knownChatRequestKeys: ReadonlySet<string> = KNOWN_TOP_LEVEL;
