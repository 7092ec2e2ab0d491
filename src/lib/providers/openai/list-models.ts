// GET {base_url}/models → ModelInfo[]. Reads OpenAI's {data:[{id, owned_by}]}; tolerates llama.cpp's extra
// `models` array and `meta`, and a bare array (some hosted APIs). Anything else is an invalid response.
// Details where servers add them: llama.cpp meta.n_ctx, OpenRouter-style context_length, pricing and
// architecture.output_modalities, LM Studio's type and max_context_length.
import { tr } from '../../i18n/active-language.ts';
import type { ParseContext } from '../adapter.ts';
import { numberField, recordField, stringField, stringsField } from '../json.ts';
import { buildListModelsRequest, parseModelListAs } from '../model-list.ts';
import { isRecord } from '../../util/is-record.ts';
import type { ModelDetails, ModelInfo } from '../types.ts';

export { buildListModelsRequest };

export function parseModelList(text: string, context: ParseContext): ModelInfo[] {
  return parseModelListAs({ listOf, toModel: toModelInfo }, text, context);
}

function listOf(value: unknown): unknown[] | { problem: string } {
  if (Array.isArray(value)) return value;
  if (isRecord(value) && Array.isArray(value.data)) return value.data;
  if (isRecord(value) && Array.isArray(value.models)) {
    return {
      problem: tr('This looks like an Ollama model list ({endpoint}); use the Ollama mode for this server', {
        endpoint: '/api/tags',
      }),
    };
  }
  return { problem: tr('The reply is not an OpenAI-style model list (no {field} array)', { field: '`data`' }) };
}

function toModelInfo(item: unknown): ModelInfo | undefined {
  if (!isRecord(item)) return undefined;
  const id = stringField(item, 'id');
  if (id === undefined || id === '') return undefined;
  const model: ModelInfo = { id };
  const owner = stringField(item, 'owned_by');
  if (owner) model.owned_by = owner;
  const details = detailsOf(item);
  if (Object.keys(details).length > 0) model.details = details;
  return model;
}

function detailsOf(item: Record<string, unknown>): ModelDetails {
  const details: ModelDetails = {};
  // llama.cpp: meta.n_ctx is the context the server was started with
  const meta = recordField(item, 'meta');
  const context =
    (meta && numberField(meta, 'n_ctx')) ??
    numberField(item, 'context_length') ??
    numberField(item, 'max_context_length') ??
    numberField(recordField(item, 'top_provider') ?? {}, 'context_length');
  if (context !== undefined && context > 0) details.context_length = context;
  const pricing = recordField(item, 'pricing');
  const prompt = pricing && price(pricing, 'prompt');
  const completion = pricing && price(pricing, 'completion');
  if (prompt !== undefined) details.price_prompt = prompt;
  if (completion !== undefined) details.price_completion = completion;
  const outputs = stringsField(recordField(item, 'architecture') ?? {}, 'output_modalities');
  if (outputs && outputs.length > 0) details.output_modalities = outputs;
  const type = stringField(item, 'type');
  if (type) details.type = type;
  return details;
}

/** A per-token price: OpenRouter sends decimal strings ("0.00000015"); anything else negative or odd is unknown. */
function price(pricing: Record<string, unknown>, key: string): number | undefined {
  const raw = pricing[key];
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : typeof raw === 'number' ? raw : NaN;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}
