// GET {base_url}/api/tags → ModelInfo[] with Ollama's details (family, parameter_size, quantization, format)
// and, where newer servers list them, its capabilities (e.g. "completion", "embedding").
import { tr } from '../../i18n/active-language.ts';
import type { ParseContext } from '../adapter.ts';
import { recordField, stringField, stringsField } from '../json.ts';
import { buildListModelsRequest, parseModelListAs } from '../model-list.ts';
import { isRecord } from '../../util/is-record.ts';
import type { ModelDetails, ModelInfo } from '../types.ts';

export { buildListModelsRequest };

export function parseModelList(text: string, context: ParseContext): ModelInfo[] {
  return parseModelListAs({ listOf, toModel: toModelInfo }, text, context);
}

function listOf(value: unknown): unknown[] | { problem: string } {
  if (isRecord(value) && Array.isArray(value.models)) return value.models;
  if (isRecord(value) && Array.isArray(value.data)) {
    return {
      problem: tr('This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server'),
    };
  }
  return { problem: tr('The reply is not an Ollama model list (no {field} array)', { field: '`models`' }) };
}

function toModelInfo(item: unknown): ModelInfo | undefined {
  if (!isRecord(item)) return undefined;
  const id = stringField(item, 'name') || stringField(item, 'model');
  if (!id) return undefined;
  const model: ModelInfo = { id };
  const details: ModelDetails = {};
  const source = recordField(item, 'details');
  if (source) {
    for (const key of ['family', 'parameter_size', 'quantization_level', 'format'] as const) {
      const v = stringField(source, key);
      if (v) details[key] = v;
    }
  }
  const capabilities = stringsField(item, 'capabilities');
  if (capabilities && capabilities.length > 0) details.capabilities = capabilities;
  if (Object.keys(details).length > 0) model.details = details;
  return model;
}
