// Validates an embeddings request body against OpenAI's CreateEmbeddingRequest schema (spec/), so tests
// can assert that what the app sends is spec-valid. The schema itself refuses unknown keys.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ChatRequestValidation } from './validate-openai-request.ts';

const schema = JSON.parse(
  readFileSync(new URL('./spec/create-embedding-request.schema.json', import.meta.url), 'utf8'),
) as object;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

export function validateEmbeddingRequest(body: unknown): ChatRequestValidation {
  if (body === undefined) return { valid: false, errors: ['body is not JSON'], unknownKeys: [] };
  const valid = validate(body) as boolean;
  const errors = valid
    ? []
    : (validate.errors ?? []).map(
        (e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`,
      );
  const unknownKeys = (validate.errors ?? [])
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => String((e.params as { additionalProperty?: unknown }).additionalProperty));
  return { valid, errors, unknownKeys };
}
