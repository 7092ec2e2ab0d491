// Extracts CreateSpeechRequest (POST /audio/speech) and what it references from OpenAI's openapi.yaml
// into create-speech-request.schema.json. Run:
//   npx tsx tests/servers/spec/extract-speech-schema.ts <path/to/openapi.yaml>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractSchema } from './extract-schema.ts';

const input = process.argv[2];
if (!input) {
  console.error('usage: npx tsx tests/servers/spec/extract-speech-schema.ts <openapi.yaml>');
  process.exit(2);
}
const target = join(dirname(fileURLToPath(import.meta.url)), 'create-speech-request.schema.json');
const doc = parse(readFileSync(input, 'utf8'), { maxAliasCount: -1 }) as object;
writeFileSync(target, JSON.stringify(extractSchema(doc, 'CreateSpeechRequest'), null, 1) + '\n');
console.log(`wrote ${target}`);
