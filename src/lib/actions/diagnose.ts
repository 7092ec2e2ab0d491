// Wires the pure diagnosis engine to real requests: probes after a failure, and the "Test connection"
// checklist with the provider's own model list and a tiny chat.
import type { Connection } from '../connections/types.ts';
import {
  classify,
  requestCarriedImages,
  runChecklist,
  runProbes,
  type ChecklistResult,
  type ChecklistStep,
  type ConnectionFacts,
  type Diagnosis,
  type PageContext,
  type RunProbesOptions,
  isMultipart,
} from '../diagnostics/index.ts';
import type { ProviderError, RequestRecord } from '../providers/errors.ts';
import { hasApiKey, listModels, platformFetch, streamChat } from '../providers/index.ts';
import type { ChatRequest, ModelInfo } from '../providers/types.ts';
import { requestOptionsFor } from '../queries/request-options.ts';

export { requestOptionsFor, setPageContext } from '../queries/request-options.ts';

const PROBE_TIMEOUT_MS = 4000;

export function connectionFacts(c: Pick<Connection, 'base_url' | 'mode' | 'server_kind' | 'api_key'>): ConnectionFacts {
  return {
    base_url: c.base_url,
    mode: c.mode,
    ...(c.server_kind ? { server_kind: c.server_kind } : {}),
    // the same test the requests use: a blank key sends no Authorization header
    has_api_key: hasApiKey(c.api_key),
  };
}

/**
 * The headers our real requests carry, so the preflight probe asks for exactly those. A file upload's
 * multipart/form-data Content-Type needs no preflight, so the probe leaves it out for one.
 */
export function realHeaders(c: Pick<Connection, 'api_key'>, failed?: RequestRecord): Record<string, string> {
  const auth: Record<string, string> = hasApiKey(c.api_key) ? { Authorization: 'Bearer switchboard-probe' } : {};
  return failed && isMultipart(failed) ? auth : { 'Content-Type': 'application/json', ...auth };
}

/** The probes worth running for this failure, or undefined when the error alone says enough. */
function probeOptionsFor(c: Connection, error: ProviderError): RunProbesOptions | undefined {
  const base = { timeoutMs: PROBE_TIMEOUT_MS };
  // network-level failures say nothing by themselves: probe everything
  if (error.kind === 'network') return { ...base, headers: realHeaders(c, error.request), fingerprints: true };
  // a timeout only needs "does anything answer?"; probing the URL that hangs would hang again
  if (error.kind === 'timeout') return { ...base, only: 'reachability' };
  // a 404 in OpenAI mode: ask the server's root who it is (an Ollama without the /v1 layer says so)
  const status = error.kind === 'http' ? error.response?.status : undefined;
  if ((status === 404 || status === 405) && c.mode !== 'ollama') return { ...base, only: 'fingerprints' };
  return undefined;
}

/** Explains a failed request, probing first where the error alone cannot tell the cause. */
export async function diagnoseError(
  c: Connection,
  error: ProviderError,
  page: PageContext,
  requestedModel?: string,
  /** bytes of an uploaded file (speech to text), for "the file is N MB" */
  uploadBytes?: number,
): Promise<Diagnosis> {
  const facts = connectionFacts(c);
  const options = probeOptionsFor(c, error);
  const probes = options ? await runProbes(facts, page, platformFetch, options) : undefined;
  const models = await modelsForImageFailure(c, error, page);
  return classify({
    error,
    connection: facts,
    page,
    ...(probes ? { probes } : {}),
    ...(requestedModel ? { requestedModel } : {}),
    ...(models ? { models } : {}),
    ...(uploadBytes !== undefined ? { uploadBytes } : {}),
  });
}

/** A refused request that carried images: the server's list, to name a model of it that can see. */
async function modelsForImageFailure(
  c: Connection,
  error: ProviderError,
  page: PageContext,
): Promise<ModelInfo[] | undefined> {
  if (error.kind !== 'http' || !requestCarriedImages(error.request)) return undefined;
  try {
    return await listModels(c, { ...requestOptionsFor(c, page), timeoutMs: PROBE_TIMEOUT_MS });
  } catch {
    return undefined; // the diagnosis still names the cause, with general advice
  }
}

/**
 * The visible "Test connection" checklist; `onProgress` gets every step change. Pass the model the chat
 * uses when known: the first listed model is often not a chat model (embeddings, tts on api.openai.com).
 */
export function testConnection(
  c: Connection,
  page: PageContext,
  options: { chat: boolean; model?: string; onProgress?: (steps: readonly ChecklistStep[]) => void },
): Promise<ChecklistResult> {
  const requestOptions = { ...requestOptionsFor(c, page), timeoutMs: 8000 };
  return runChecklist(
    { connection: connectionFacts(c), page, ...(options.model ? { model: options.model } : {}) },
    {
      fetch: platformFetch,
      timeoutMs: PROBE_TIMEOUT_MS,
      listModels: () => listModels(c, requestOptions),
      ...(options.chat ? { chat: (model: string) => tinyChat(c, model, requestOptions) } : {}),
    },
    options.onProgress,
  );
}

/**
 * The checklist's round trip. One token everywhere but api.openai.com, whose reasoning models answer a
 * one-token limit with HTTP 400 (the limit is spent before any visible output): a false "chat fails".
 * The chat's max_tokens replaces any limit in the connection's params (see merge-params.ts).
 */
export function tinyChatRequest(c: Pick<Connection, 'mode'>, model: string): ChatRequest {
  return {
    model,
    messages: [{ role: 'user', content: 'Say OK.' }],
    params: { max_tokens: c.mode === 'openai' ? 16 : 1 },
  };
}

async function tinyChat(
  c: Connection,
  model: string,
  options: ReturnType<typeof requestOptionsFor> & { timeoutMs: number },
): Promise<string> {
  let text = '';
  for await (const event of streamChat(c, tinyChatRequest(c, model), options)) {
    if (event.type === 'text-delta') text += event.text;
    if (event.type === 'error') throw event.error;
  }
  return text;
}
