// GET {base_url}/models → ModelInfo[]. Reads OpenAI's {data:[{id, owned_by}]}; tolerates llama.cpp's extra
// `models` array and `meta`, and a bare array (some hosted APIs). Anything else is an invalid response.
import { authHeader, firstOfEachId, withBody, type ConnectionTarget, type ParseContext } from '../adapter.ts';
import { modelsEndpoint } from '../../connections/endpoints.ts';
import { invalidResponseError } from '../create-error.ts';
import type { HttpRequest } from '../http.ts';
import { numberField, parseJson, recordField, stringField } from '../json.ts';
import { isRecord } from '../../util/is-record.ts';
import type { ModelInfo } from '../types.ts';

/** No Content-Type on a GET: without a key this stays a CORS "simple" request with no preflight. */
export function buildListModelsRequest(target: ConnectionTarget): HttpRequest {
  return { method: 'GET', url: modelsEndpoint(target.base_url, target.mode), headers: authHeader(target.api_key) };
}

export function parseModelList(text: string, context: ParseContext): ModelInfo[] {
  const parsed = parseJson(text);
  const fail = (message: string) =>
    invalidResponseError(context.request, withBody(context.response, text), message, 'request');
  if (!parsed.ok) throw fail('The model list was not JSON');
  const value = parsed.value;
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value.data) ? value.data : undefined;
  if (list === undefined) {
    if (isRecord(value) && Array.isArray(value.models)) {
      throw fail('This looks like an Ollama model list (/api/tags); use the Ollama mode for this server');
    }
    throw fail('The reply is not an OpenAI-style model list (no `data` array)');
  }
  return firstOfEachId(
    list.flatMap((item) => {
      const model = toModelInfo(item);
      return model ? [model] : [];
    }),
  );
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
