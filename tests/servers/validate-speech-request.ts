// Validates a text-to-speech request body against OpenAI's CreateSpeechRequest schema (spec/), so tests
// can assert that what the app sends to /audio/speech is spec-valid.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ChatRequestValidation } from './validate-openai-request.ts';

const schema = JSON.parse(
  readFileSync(new URL('./spec/create-speech-request.schema.json', import.meta.url), 'utf8'),
) as object;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(schema);

export function validateSpeechRequest(body: unknown): ChatRequestValidation {
  const valid = validate(body) as boolean;
  const errors = valid
    ? []
    : (validate.errors ?? []).map((e) => {
        const params = Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : '';
        return `${e.instancePath || '(root)'} ${e.message ?? e.keyword}${params}`;
      });
  return { valid, errors, unknownKeys: [] };
}
