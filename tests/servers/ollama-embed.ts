// POST /api/embed of the Ollama test server: {model, input: string|string[], truncate?, dimensions?} →
// {model, embeddings: [[…]], total_duration, load_duration, prompt_eval_count}, with the same
// deterministic vectors as the OpenAI-compatible server and Ollama's error bodies ({"error": "…"}).
import type { ServerContext } from './server-core.ts';
import { sendJson } from './http-replies.ts';
import { inputTexts, vectorFor, wordCount, type EmbeddingBehaviour } from './embedding-vectors.ts';
import { embedDelay } from './openai-embeddings.ts';

type Config = EmbeddingBehaviour & { models: Array<{ name: string }> };

export async function ollamaEmbed(ctx: ServerContext<Config>): Promise<void> {
  const { res, record, config } = ctx;
  const body = record.json as { model?: unknown; input?: unknown; dimensions?: unknown } | undefined;
  if (typeof body !== 'object' || body === null) return sendJson(res, 400, { error: 'invalid request body' });
  const name = typeof body.model === 'string' ? body.model : '';
  const model = config.models.find((m) => m.name === name || m.name === `${name}:latest`)?.name;
  if (model === undefined) {
    return sendJson(res, 404, { error: `model "${name}" not found, try pulling it first` });
  }
  if (config.chatOnlyModels?.includes(model)) {
    return sendJson(res, 400, { error: `"${model}" does not support embeddings` });
  }
  const texts = inputTexts(body.input);
  if (texts === undefined) return sendJson(res, 400, { error: 'invalid input type' });
  const dimensions = typeof body.dimensions === 'number' ? body.dimensions : undefined;
  if (!(await embedDelay(ctx, texts))) return;
  return sendJson(res, 200, {
    model,
    embeddings: texts.map((text) => vectorFor(text, config, dimensions)),
    total_duration: 14_143_917,
    load_duration: 1_019_500,
    prompt_eval_count: wordCount(texts),
  });
}
