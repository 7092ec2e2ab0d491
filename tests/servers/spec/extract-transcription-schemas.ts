// Extracts CreateTranscriptionRequest and CreateTranscriptionResponseJson (with what they reference)
// from OpenAI's openapi.yaml, the same way extract-schema.ts does for chat. Run:
//   npx tsx tests/servers/spec/extract-transcription-schemas.ts <path/to/openapi.yaml>
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractChatCompletionRequestSchema as extractSchema } from './extract-schema.ts';

const TARGETS = [
  ['CreateTranscriptionRequest', 'create-transcription-request.schema.json'],
  ['CreateTranscriptionResponseJson', 'create-transcription-response-json.schema.json'],
] as const;

function main(): void {
  const [input] = process.argv.slice(2);
  if (!input) {
    console.error('usage: npx tsx tests/servers/spec/extract-transcription-schemas.ts <openapi.yaml>');
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const doc = parse(readFileSync(input, 'utf8'), { maxAliasCount: -1 }) as object;
  for (const [root, file] of TARGETS) {
    const schema = extractSchema(doc, root);
    writeFileSync(join(here, file), JSON.stringify(schema, null, 1) + '\n');
    console.log(`wrote ${file} (${Object.keys((schema as { $defs: object }).$defs).length} schemas)`);
  }
}

main();
