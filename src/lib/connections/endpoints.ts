// The one home of the paths a connection's server answers at: base URL + mode → the URL of each request.
// The connection card, the request builders and the diagnosis all build URLs here, so what the card
// shows is what is sent.
import type { ConnectionMode } from './modes.ts';

type Api = 'openai' | 'ollama';

const CHAT_PATH: Record<Api, string> = { openai: '/chat/completions', ollama: '/api/generate' };
const MODELS_PATH: Record<Api, string> = { openai: '/models', ollama: '/api/tags' };
/** Ollama's version, at the server root whatever the mode: tells an Ollama server apart. */
const OLLAMA_VERSION_PATH = '/api/version';

/** Endpoints users paste whole, a path before any path it ends with (e.g. /chat/completions before /completions). */
export const OPENAI_ENDPOINT_PATHS: readonly string[] = [
  CHAT_PATH.openai,
  '/completions',
  MODELS_PATH.openai,
  '/embeddings',
  '/responses',
];
export const OLLAMA_ENDPOINT_PATHS: readonly string[] = [
  MODELS_PATH.ollama,
  CHAT_PATH.ollama,
  '/api/chat',
  OLLAMA_VERSION_PATH,
  '/api/ps',
  '/api/show',
  '/api',
];

const apiOf = (mode: ConnectionMode): Api => (mode === 'ollama' ? 'ollama' : 'openai');

/** Appends an API path to a base URL, tolerating trailing slashes on the base. */
function join(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

/** The exact URL a chat request is sent to. */
export function chatEndpoint(baseUrl: string, mode: ConnectionMode): string {
  return join(baseUrl, CHAT_PATH[apiOf(mode)]);
}

/** The exact URL the model list is read from. */
export function modelsEndpoint(baseUrl: string, mode: ConnectionMode): string {
  return join(baseUrl, MODELS_PATH[apiOf(mode)]);
}

/** The exact URL embeddings are asked of: OpenAI's /embeddings, Ollama's native /api/embed. */
export function embeddingsEndpoint(baseUrl: string, mode: ConnectionMode): string {
  return join(baseUrl, apiOf(mode) === 'ollama' ? '/api/embed' : '/embeddings');
}

/** llama-server's properties (context size…), at the server root: a trailing /v1 of the base is dropped. */
export function llamaPropsEndpoint(baseUrl: string): string {
  return join(baseUrl.replace(/\/+$/, '').replace(/\/v1$/i, ''), '/props');
}

/** Ollama's per-model details (POST {model}), on the server origin. */
export function ollamaShowEndpoint(baseUrl: string): string {
  return join(baseUrl, '/api/show');
}

/** Ollama's version URL on a server origin (or root URL). */
export function ollamaVersionEndpoint(origin: string): string {
  return join(origin, OLLAMA_VERSION_PATH);
}

export function isOllamaVersionPath(path: string): boolean {
  return path.endsWith(OLLAMA_VERSION_PATH);
}

/** `path` without the first of `endpoints` it ends with, in any case: `/v1/Chat/Completions` → `/v1`. */
export function stripEndpointPath(path: string, endpoints: readonly string[]): string {
  const lower = path.toLowerCase();
  for (const suffix of endpoints) {
    if (lower.endsWith(suffix)) return path.slice(0, path.length - suffix.length);
  }
  return path;
}
