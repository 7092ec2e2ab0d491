// A model's context length where the model list leaves it out: llama-server's GET /props
// (default_generation_settings.n_ctx, one per server) and Ollama's POST /api/show (model_info
// "<architecture>.context_length", one per model). Requests are built and replies read here; the caller sends.
import { llamaPropsEndpoint, ollamaShowEndpoint } from '../connections/endpoints.ts';
import { authHeader, type ConnectionTarget } from './adapter.ts';
import type { HttpRequest } from './http.ts';
import { numberField, parseJson, recordField, stringField } from './json.ts';
import { isRecord } from '../util/is-record.ts';

export function buildPropsRequest(target: ConnectionTarget): HttpRequest {
  return { method: 'GET', url: llamaPropsEndpoint(target.base_url), headers: authHeader(target.api_key) };
}

export function buildShowRequest(target: ConnectionTarget, model: string): HttpRequest {
  return {
    method: 'POST',
    url: ollamaShowEndpoint(target.base_url),
    headers: { ...authHeader(target.api_key), 'Content-Type': 'application/json' },
    body: JSON.stringify({ model }),
  };
}

const positive = (n: number | undefined) => (n !== undefined && n > 0 ? Math.floor(n) : undefined);

/** n_ctx of llama-server's default generation settings (older builds put it at the top level). */
export function parsePropsContext(text: string): number | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const settings = recordField(parsed.value, 'default_generation_settings');
  return positive((settings && numberField(settings, 'n_ctx')) ?? numberField(parsed.value, 'n_ctx'));
}

/** model_info["<general.architecture>.context_length"] of an /api/show reply. */
export function parseShowContext(text: string): number | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const info = recordField(parsed.value, 'model_info');
  const arch = info && stringField(info, 'general.architecture');
  return info && arch ? positive(numberField(info, `${arch}.context_length`)) : undefined;
}
