// POST /v1/embeddings of the OpenAI-compatible test server: the request is validated against OpenAI's
// CreateEmbeddingRequest schema (recorded on the request), the reply has CreateEmbeddingResponse's shape
// with deterministic vectors (embedding-vectors.ts), as floats or base64 float32 as asked.
import type { ServerContext } from './server-core.ts';
import type { Misbehaviour } from './server-types.ts';
import { sendJson } from './http-replies.ts';
import { sleep } from './server-core.ts';
import { float32Base64, inputTexts, vectorFor, wordCount, type EmbeddingBehaviour } from './embedding-vectors.ts';
import { validateEmbeddingRequest } from './validate-embedding-request.ts';

type Config = Misbehaviour & EmbeddingBehaviour & { rootPath: boolean; rootAliases: boolean; validation: string };

export function isOpenAIEmbeddingsPath(path: string, config: Config): boolean {
  return (
    (!config.rootPath && path === '/v1/embeddings') ||
    ((config.rootPath || config.rootAliases) && path === '/embeddings')
  );
}

const invalid = (message: string, param: string | null = null) => ({
  error: { message, type: 'invalid_request_error', param, code: null },
});

/** Waits out the slow and stalled switches; false when the client went away meanwhile. */
export async function embedDelay(ctx: ServerContext<EmbeddingBehaviour>, texts: readonly string[]): Promise<boolean> {
  const { config, signal } = ctx;
  if (config.hangOnText !== undefined && texts.includes(config.hangOnText)) {
    await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
    return false;
  }
  await sleep(config.embedDelayMs, signal);
  return !signal.aborted;
}

export async function openaiEmbeddings(ctx: ServerContext<Config>): Promise<void> {
  const { res, record, config } = ctx;
  if (config.validation !== 'off') record.validation = validateEmbeddingRequest(record.json);
  const body = record.json as { model?: unknown; input?: unknown; dimensions?: unknown; encoding_format?: unknown };
  if (typeof body !== 'object' || body === null)
    return sendJson(res, 400, invalid('We could not parse the JSON body of your request.'));
  const texts = inputTexts(body.input);
  if (texts === undefined) return sendJson(res, 400, invalid("'input' must be a string or a non-empty array", 'input'));
  const model = typeof body.model === 'string' ? body.model : '';
  if (config.chatOnlyModels?.includes(model)) {
    return sendJson(res, 400, invalid(`The model \`${model}\` does not support embeddings.`, 'model'));
  }
  const format = body.encoding_format === 'base64' ? 'base64' : 'float';
  if (format === 'base64' && config.base64 === 'reject') {
    return sendJson(
      res,
      400,
      invalid("Unsupported encoding_format 'base64': only 'float' is supported", 'encoding_format'),
    );
  }
  const dimensions = typeof body.dimensions === 'number' ? body.dimensions : undefined;
  if (!(await embedDelay(ctx, texts))) return;
  const asBase64 = format === 'base64' && config.base64 === 'yes';
  const tokens = wordCount(texts);
  return sendJson(res, 200, {
    object: 'list',
    data: texts.map((text, index) => {
      const vector = vectorFor(text, config, dimensions);
      return { object: 'embedding', index, embedding: asBase64 ? float32Base64(vector) : vector };
    }),
    model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
