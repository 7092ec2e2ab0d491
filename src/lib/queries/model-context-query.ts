// Query options for a context length the model list left out: llama-server's /props once per connection,
// Ollama's /api/show once per model (asked only for the option the user is on). Cached for the session,
// failures too (as "not known").
import { queryOptions } from '@tanstack/svelte-query';
import type { Connection } from '../connections/types.ts';
import { modelContextLength } from '../providers/index.ts';
import type { ModelInfo } from '../providers/types.ts';
import { requestOptionsFor } from './request-options.ts';

const CONTEXT_TIMEOUT_MS = 8000;

/** Whether the connection is a llama-server whose /props tells its context size. */
export function isLlamaServer(c: Connection, models: readonly ModelInfo[]): boolean {
  if (c.mode !== 'openai_compatible') return false;
  return c.server_kind === 'llamacpp' || models.some((m) => m.owned_by === 'llamacpp');
}

/** Whether a context length for this model is worth asking the server for. */
export function needsShow(c: Connection, model: ModelInfo | undefined): model is ModelInfo {
  return c.mode === 'ollama' && !!model && !model.manual && model.details?.context_length === undefined;
}

/**
 * `modelId` counts only for Ollama (llama-server answers for the whole server); null when the reply does
 * not say. Without a connection the query stays idle.
 */
export function modelContextQuery(c: Connection | undefined, modelId: string, enabled: boolean) {
  const key = c ? [c.id, c.updated_at, c.mode === 'ollama' ? modelId : ''] : [];
  return queryOptions({
    queryKey: ['model-context', ...key] as const,
    queryFn: async ({ signal }): Promise<number | null> => {
      if (!c) return null;
      try {
        const options = { ...requestOptionsFor(c), signal, timeoutMs: CONTEXT_TIMEOUT_MS };
        return (await modelContextLength(c, modelId, options)) ?? null;
      } catch (error) {
        // a server without the endpoint is asked once, not each time the picker opens
        if (signal.aborted) throw error;
        return null;
      }
    },
    enabled: enabled && !!c,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
}
