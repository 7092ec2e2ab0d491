// GET {base_url}/models → ModelInfo[]. Reads OpenAI's {data:[{id, owned_by}]}; tolerates llama.cpp's extra
// `models` array and `meta`, and a bare array (some hosted APIs). Anything else is an invalid response.
import type { ParseContext } from '../adapter.ts';
import { numberField, recordField, stringField } from '../json.ts';
import { buildListModelsRequest, parseModelListAs } from '../model-list.ts';
import { isRecord } from '../../util/is-record.ts';
import type { ModelInfo } from '../types.ts';

export { buildListModelsRequest };

export function parseModelList(text: string, context: ParseContext): ModelInfo[] {
  return parseModelListAs({ listOf, toModel: toModelInfo }, text, context);
}

function listOf(value: unknown): unknown[] | { problem: string } {
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value.data)) return value.data;
  if (isRecord(value) && Array.isArray(value.models)) {
    return { problem: 'This looks like an Ollama model list (/api/tags); use the Ollama mode for this server' };
  }
  return { problem: 'The reply is not an OpenAI-style model list (no `data` array)' };
}

function toModelInfo(item: unknown): ModelInfo | undefined {
  if (!isRecord(item)) return undefined;
  const id = stringField(item, 'id');
  if (id === undefined || id === '') return undefined;
  const model: ModelInfo = { id };
  const owner = stringField(item, 'owned_by');
  if (owner) model.owned_by = owner;
  // llama.cpp: meta.n_ctx is the context the server was started with
  const meta = recordField(item, 'meta');
  const contextLength = meta ? numberField(meta, 'n_ctx') : undefined;
  if (contextLength !== undefined) model.details = { context_length: contextLength };
  return model;
}
