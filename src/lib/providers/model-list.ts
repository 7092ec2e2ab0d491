// What both adapters' model lists share: the GET request, and reading a JSON reply whose list of items
// becomes ModelInfo[] (first of each id). Each adapter says where its list is and how to read one item.
import { tr } from '../i18n/active-language.ts';
import { modelsEndpoint } from '../connections/endpoints.ts';
import { authHeader, firstOfEachId, withBody, type ConnectionTarget, type ParseContext } from './adapter.ts';
import { invalidResponseError } from './create-error.ts';
import type { HttpRequest } from './http.ts';
import { parseJson } from './json.ts';
import type { ModelInfo } from './types.ts';

/** No Content-Type on a GET: without a key this stays a CORS "simple" request with no preflight. */
export function buildListModelsRequest(target: ConnectionTarget): HttpRequest {
  return { method: 'GET', url: modelsEndpoint(target.base_url, target.mode), headers: authHeader(target.api_key) };
}

export interface ModelListShape {
  /** the reply's list of models, or what to tell the user when the reply has none */
  listOf: (value: unknown) => unknown[] | { problem: string };
  /** one listed item, or undefined to skip an unusable one */
  toModel: (item: unknown) => ModelInfo | undefined;
}

export function parseModelListAs(shape: ModelListShape, text: string, context: ParseContext): ModelInfo[] {
  const parsed = parseJson(text);
  const fail = (message: string) =>
    invalidResponseError(context.request, withBody(context.response, text), message, 'request');
  if (!parsed.ok) throw fail(tr('The model list was not JSON'));
  const list = shape.listOf(parsed.value);
  if (!Array.isArray(list)) throw fail(list.problem);
  return firstOfEachId(
    list.flatMap((item) => {
      const model = shape.toModel(item);
      return model ? [model] : [];
    }),
  );
}
