// GET {base_url}/api/tags → ModelInfo[] with Ollama's details (family, parameter_size, quantization, format).
import { authHeader, firstOfEachId, withBody, type ConnectionTarget, type ParseContext } from '../adapter.ts';
import { modelsEndpoint } from '../../connections/endpoints.ts';
import { invalidResponseError } from '../create-error.ts';
import type { HttpRequest } from '../http.ts';
import { parseJson, recordField, stringField } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import type { ModelDetails, ModelInfo } from '../types.ts';

export function buildListModelsRequest(target: ConnectionTarget): HttpRequest {
  return { method: 'GET', url: modelsEndpoint(target.base_url, target.mode), headers: authHeader(target.api_key) };
}

export function parseModelList(text: string, context: ParseContext): ModelInfo[] {
  const parsed = parseJson(text);
  const fail = (message: string) =>
    invalidResponseError(context.request, withBody(context.response, text), message, 'request');
  if (!parsed.ok) throw fail('The model list was not JSON');
  const value = parsed.value;
  if (!isRecord(value) || !Array.isArray(value.models)) {
    if (isRecord(value) && Array.isArray(value.data)) {
      throw fail('This looks like an OpenAI-style model list; use the OpenAI-compatible mode for this server');
    }
    throw fail('The reply is not an Ollama model list (no `models` array)');
  }
  return firstOfEachId(
    value.models.flatMap((item) => {
      const model = toModelInfo(item);
      return model ? [model] : [];
    }),
  );
}

function toModelInfo(item: unknown): ModelInfo | undefined {
  if (!isRecord(item)) return undefined;
  const id = stringField(item, 'name') || stringField(item, 'model');
  if (!id) return undefined;
  const model: ModelInfo = { id };
  const source = recordField(item, 'details');
  if (source) {
    const details: ModelDetails = {};
    for (const key of ['family', 'parameter_size', 'quantization_level', 'format'] as const) {
      const v = stringField(source, key);
      if (v) details[key] = v;
    }
    if (Object.keys(details).length > 0) model.details = details;
  }
  return model;
}
