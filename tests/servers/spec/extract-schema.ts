// Extracts a request schema (CreateChatCompletionRequest by default) and every schema it references
// (transitively) from OpenAI's openapi.yaml into one self-contained JSON Schema 2020-12 file. Run:
//   npx tsx tests/servers/spec/extract-schema.ts <path/to/openapi.yaml> [out.json] [SchemaName]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT_NAME = 'CreateChatCompletionRequest';
const REF_PREFIX = '#/components/schemas/';
// Documentation-only keys: dropped to keep the committed file small; validation never reads them.
const DROPPED_KEYS = new Set(['description', 'example', 'examples', 'title']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function schemaNameOf(ref: string): string {
  if (!ref.startsWith(REF_PREFIX)) throw new Error(`unsupported $ref ${ref}`);
  const name = ref.slice(REF_PREFIX.length).split('/')[0];
  if (!name) throw new Error(`empty $ref ${ref}`);
  return decodeURIComponent(name.replaceAll('~1', '/').replaceAll('~0', '~'));
}

// Copies a schema node, rewriting $refs to #/$defs/... and collecting the names it points at.
function rewrite(node: Json, found: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, found));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || DROPPED_KEYS.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') {
      found.add(schemaNameOf(value));
      out[key] = '#/$defs/' + value.slice(REF_PREFIX.length);
      continue;
    }
    // `properties` maps names to schemas: a property literally called "description" must survive.
    if (key === 'properties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const props: { [key: string]: Json } = {};
      for (const [prop, schema] of Object.entries(value)) props[prop] = rewrite(schema, found);
      out[key] = props;
      continue;
    }
    out[key] = rewrite(value, found);
  }
  return 'nullable' in out ? denullify(out) : out;
}

// OpenAPI 3.0's `nullable: true` is not JSON Schema 2020-12: fold it into `type` (and `enum`), or
// wrap the schema in anyOf [schema, null] when it has no `type` of its own.
function denullify(node: { [key: string]: Json }): Json {
  const { nullable, ...rest } = node;
  if (nullable !== true) return rest;
  if (typeof rest['type'] === 'string') {
    rest['type'] = [rest['type'], 'null'];
    if (Array.isArray(rest['enum']) && !rest['enum'].includes(null)) rest['enum'] = [...rest['enum'], null];
    return rest;
  }
  return { anyOf: [rest, { type: 'null' }] };
}

export function extractChatCompletionRequestSchema(document: object, rootName = ROOT_NAME): Json {
  return extractSchema(document, rootName);
}

/** One request schema (by its components.schemas name) and everything it references, self-contained. */
export function extractSchema(document: object, rootName: string): Json {
  const openapi = document as { [key: string]: Json };
  const components = openapi['components'] as { schemas?: { [key: string]: Json } } | undefined;
  const schemas = components?.schemas;
  if (!schemas) throw new Error('no components.schemas in the document');
  const info = openapi['info'] as { version?: string } | undefined;
  const defs: { [key: string]: Json } = {};
  const queue = [rootName];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (name in defs) continue;
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`schema ${name} is referenced but missing`);
    const found = new Set<string>();
    defs[name] = rewrite(schema, found);
    for (const next of [...found].sort()) if (!(next in defs)) queue.push(next);
  }
  const sorted = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b)));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: `Extracted from OpenAI openapi.yaml version ${info?.version ?? 'unknown'} (MIT); see README.md.`,
    $ref: `#/$defs/${rootName}`,
    $defs: sorted,
  };
}

function main(): void {
  const [input, output, rootName = ROOT_NAME] = process.argv.slice(2);
  if (!input) {
    console.error('usage: npx tsx tests/servers/spec/extract-schema.ts <openapi.yaml> [out.json]');
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const target = output ?? join(here, 'create-chat-completion-request.schema.json');
  const doc = parse(readFileSync(input, 'utf8'), { maxAliasCount: -1 }) as { [key: string]: Json };
  const schema = extractSchema(doc, rootName);
  writeFileSync(target, JSON.stringify(schema, null, 1) + '\n');
  const count = Object.keys((schema as { $defs: object }).$defs).length;
  console.log(`wrote ${target} (${count} schemas)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
