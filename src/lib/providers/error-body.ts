// Pulls the server's own message out of an error body, whatever shape it has. Never throws.
// Shapes: {"error":{"message"}}, {"error":"…"}, {"detail":"…"|{msg|message|error}|[{msg,loc}]},
// {"message":"…"} (incl. old vLLM {"object":"error","message"}), plain text, and HTML (noted, not used).
import { isRecord } from '../util/is-record.ts';

export interface ParsedErrorBody {
  /** the server's message, trimmed and capped; absent when the body had none we could use */
  serverMessage?: string;
  /** the body is an HTML page (a proxy, a web UI, a login page) rather than an API error */
  isHtml: boolean;
}

const MAX_MESSAGE = 600;

export function parseErrorBody(text: string): ParsedErrorBody {
  const trimmed = text.trim();
  if (trimmed === '') return { isHtml: false };
  if (looksLikeHtml(trimmed)) return { isHtml: true };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    return { serverMessage: cap(trimmed), isHtml: false };
  }
  const message = messageFromJson(json);
  return message === undefined ? { isHtml: false } : { serverMessage: message, isHtml: false };
}

/** The message inside a JSON error value, e.g. a mid-stream `data: {"error":…}` or an Ollama `{"error":"…"}` line. */
export function messageFromJson(json: unknown): string | undefined {
  const message = rawMessage(json);
  return message === undefined ? undefined : cap(message);
}

function rawMessage(json: unknown): string | undefined {
  if (typeof json === 'string') return nonEmpty(json);
  if (!isRecord(json)) return undefined;
  const fromError = json.error;
  if (typeof fromError === 'string') return nonEmpty(fromError);
  if (isRecord(fromError)) {
    const inner = firstString(fromError, ['message', 'msg', 'error', 'detail']);
    if (inner !== undefined) return inner;
  }
  if ('detail' in json) {
    const detail = detailMessage(json.detail);
    if (detail !== undefined) return detail;
  }
  return firstString(json, ['message', 'msg', 'error_message']);
}

function detailMessage(detail: unknown): string | undefined {
  if (typeof detail === 'string') return nonEmpty(detail);
  if (isRecord(detail)) return firstString(detail, ['msg', 'message', 'error']);
  if (Array.isArray(detail)) {
    // FastAPI validation errors: [{loc:["body","messages"], msg:"field required", type}]
    const parts = detail
      .map((item) => {
        if (!isRecord(item)) return typeof item === 'string' ? item : undefined;
        const msg = firstString(item, ['msg', 'message']);
        if (msg === undefined) return undefined;
        const loc = Array.isArray(item.loc)
          ? item.loc.filter((p) => typeof p === 'string' || typeof p === 'number').join('.')
          : '';
        return loc === '' ? msg : `${loc}: ${msg}`;
      })
      .filter((p): p is string => p !== undefined && p !== '');
    return parts.length > 0 ? parts.join('; ') : undefined;
  }
  return undefined;
}

function firstString(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 512).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(html|head|body|title)[\s>]/.test(head);
}

function nonEmpty(value: string): string | undefined {
  const t = value.trim();
  return t === '' ? undefined : t;
}

function cap(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
}
