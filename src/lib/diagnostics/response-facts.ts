// Reads facts out of a server's answer: its own error message and code, and what shape the body has
// (HTML page, Ollama list, OpenAI list, chat reply…). Bodies may be cut short, so detection is tolerant.
// Server text is untrusted and only ever shown as text or matched for known server phrasing.
import { parseErrorBody } from '../providers/index.ts';
import { isRecord } from '../util/is-record.ts';

export type BodyShape =
  | 'empty'
  | 'html'
  | 'ollama-tags'
  | 'openai-list'
  /** llama.cpp's /v1/models carries both lists */
  | 'both-lists'
  | 'openai-chat'
  | 'ollama-chat'
  | 'sse'
  | 'ndjson'
  | 'error-json'
  | 'json-other'
  | 'text';

function tryJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export function looksLikeHtml(body: string, contentType?: string): boolean {
  const start = body.trimStart().slice(0, 200).toLowerCase();
  if (/^<(!doctype html|html|head|body|!--)/.test(start)) return true;
  return (contentType ?? '').toLowerCase().includes('text/html') && /<[a-z!][^>]*>/.test(start);
}

/** The message the server put in its error body (the providers' parser, so both read bodies alike). */
export function parseServerMessage(body: string | undefined): string | undefined {
  return body ? parseErrorBody(body).serverMessage : undefined;
}

/** A numeric `error.code` (vLLM and llama.cpp put the HTTP-like status there, even inside a 200 stream). */
export function parseNumericErrorCode(body: string | undefined): number | undefined {
  const json = body ? tryJson(body.trim().replace(/^data:\s*/, '')) : undefined;
  const err = isRecord(json) ? json['error'] : undefined;
  const code = isRecord(err) ? err['code'] : undefined;
  return typeof code === 'number' && code >= 100 && code < 600 ? code : undefined;
}

/** `error.code` or `error.type` (strings only), e.g. `model_not_found`, `insufficient_quota`. */
export function parseErrorCode(body: string | undefined): string | undefined {
  const json = body ? tryJson(body) : undefined;
  if (!isRecord(json)) return undefined;
  const err = isRecord(json['error']) ? json['error'] : json;
  for (const key of ['code', 'type']) {
    const v = err[key];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

function shapeOfJson(json: unknown): BodyShape {
  if (!isRecord(json)) return 'json-other';
  const hasModels = Array.isArray(json['models']);
  const hasData = Array.isArray(json['data']);
  if (hasModels && hasData) return 'both-lists';
  if (hasModels) return 'ollama-tags';
  if (hasData) return 'openai-list';
  if (Array.isArray(json['choices'])) return 'openai-chat';
  if ('done' in json && ('message' in json || 'response' in json)) return 'ollama-chat';
  if ('error' in json || 'detail' in json) return 'error-json';
  return 'json-other';
}

/** The shape of a (possibly truncated) body. */
export function bodyShape(body: string | undefined, contentType?: string): BodyShape {
  if (!body || !body.trim()) return 'empty';
  if (looksLikeHtml(body, contentType)) return 'html';
  const trimmed = body.trim();
  if (/^(data|event|id|retry):/m.test(trimmed.slice(0, 200)) && !trimmed.startsWith('{')) return 'sse';
  const json = tryJson(trimmed);
  if (json !== undefined) return shapeOfJson(json);
  const lines = trimmed.split('\n').filter((l) => l.trim());
  if (lines.length > 1) {
    const first = tryJson(lines[0] ?? '');
    if (first !== undefined) return shapeOfJson(first) === 'ollama-chat' ? 'ndjson' : shapeOfJson(first);
  }
  // cut-off JSON: judge by the opening keys
  const head = trimmed.slice(0, 600);
  if (/^\{\s*"models"\s*:\s*\[/.test(head)) return /"object"\s*:\s*"list"/.test(trimmed) ? 'both-lists' : 'ollama-tags';
  if (/^\{/.test(head) && /"data"\s*:\s*\[/.test(head)) return 'openai-list';
  if (/^\{/.test(head) && /"choices"\s*:\s*\[/.test(head)) return 'openai-chat';
  if (/^[{[]/.test(head)) return 'json-other';
  return 'text';
}
