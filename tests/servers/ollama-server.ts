// An Ollama test server: GET / ("Ollama is running"), /api/version, /api/tags, POST /api/show,
// /api/generate and /api/chat (NDJSON by default), plus the /v1 layer (models, chat completions).
// Applies Ollama's CORS rules (403 with an empty body for foreign origins) and its Host guard.
import { isTitleRequest, replyFor } from './title-requests.ts';
import { echoOllamaImages, echoOpenAIImages } from './image-echo.ts';
import { STATUS_CODES } from 'node:http';
import {
  TestServer,
  defaultMisbehaviour,
  type ListenOptions,
  type Misbehaviour,
  type ServerContext,
} from './server-core.ts';
import { bigReplyPieces, pumpStream } from './stream-pump.ts';
import { chatCompletionJson, chatStreamPlan } from './openai-chat.ts';
import { validateChatCompletionRequest } from './validate-openai-request.ts';
import { defaultEmbeddingBehaviour, type EmbeddingBehaviour } from './embedding-vectors.ts';
import { ollamaEmbed } from './ollama-embed.ts';
import { OLLAMA_ALLOWED_HEADERS, OLLAMA_ALLOWED_METHODS, checkOllamaOrigin, ollamaHostAllowed } from './ollama-cors.ts';
import {
  countNativePromptTokens,
  nativeJson,
  nativeStreamPlan,
  normaliseModel,
  tagsEntry,
  type NativeReplySpec,
  type OllamaModel,
  type OllamaModelSpec,
} from './ollama-native.ts';
import {
  WEB_UI_PAGE,
  bearerKey,
  removeCorsHeaders,
  sendEmpty,
  sendJson,
  sendOverride,
  sendText,
  sendTruncatedJson,
} from './http-replies.ts';

export type { OllamaModel, OllamaModelSpec } from './ollama-native.ts';

export interface OllamaServerConfig extends Misbehaviour, EmbeddingBehaviour {
  /** Default llama3.2:1b and qwen3:0.6b with realistic details. Options and behave() also take names. */
  models: OllamaModel[];
  reply: string;
  /** Streamed first as `thinking` unless the request says think:false. */
  thinking?: string;
  version: string;
  /** OLLAMA_ORIGINS entries, added to the default loopback/app origins ('*' allows all). */
  origins: string[];
  /** The DNS-rebinding guard of a loopback-bound Ollama (default true). */
  hostCheck: boolean;
}

export type OllamaConfigPatch = Partial<Omit<OllamaServerConfig, 'models'>> & {
  models?: Array<string | OllamaModelSpec>;
};
export type OllamaServerOptions = OllamaConfigPatch & ListenOptions;

function normalisePatch(patch: OllamaConfigPatch): Partial<OllamaServerConfig> {
  const { models, ...rest } = patch;
  return models === undefined ? rest : { ...rest, models: models.map(normaliseModel) };
}

export const defaultOllamaConfig: OllamaServerConfig = {
  ...defaultMisbehaviour,
  ...defaultEmbeddingBehaviour,
  models: ['llama3.2:1b', 'qwen3:0.6b'].map(normaliseModel),
  reply: 'Hello from the Ollama test server.',
  version: '0.12.6',
  origins: [],
  hostCheck: true,
};

export class OllamaServer extends TestServer<OllamaServerConfig> {
  override behave(patch: OllamaConfigPatch): void {
    super.behave(normalisePatch(patch));
  }
  /** The native base URL (no /v1). */
  get baseUrl(): string {
    return this.url;
  }
  /** Base URL of Ollama's OpenAI-compatible layer. */
  get openaiBaseUrl(): string {
    return `${this.url}/v1`;
  }
}

export async function startOllamaServer(options: OllamaServerOptions = {}): Promise<OllamaServer> {
  const { port, host, ...config } = options;
  const server = new OllamaServer({ ...defaultOllamaConfig, ...normalisePatch(config) }, handle, (record) => {
    if (record.method === 'POST' && record.path === '/v1/chat/completions') {
      record.validation =
        record.json === undefined
          ? { valid: false, errors: ['body is not JSON'], unknownKeys: [] }
          : validateChatCompletionRequest(record.json);
    }
  });
  return server.listen({ port, host });
}

/** gin-contrib/cors: returns false when it has answered (403 or the preflight's 204). */
function cors({ res, record, config }: ServerContext<OllamaServerConfig>): boolean {
  if (config.cors === 'none') return true;
  if (config.cors === 'reject-preflight' && record.method === 'OPTIONS') {
    sendEmpty(res, 403);
    return false;
  }
  const origin = record.origin;
  if (origin === undefined || origin === `http://${record.host}` || origin === `https://${record.host}`) return true;
  const verdict =
    config.cors === 'star' ? { allowed: true, allowAll: true } : checkOllamaOrigin(origin, config.origins);
  if (!verdict.allowed) {
    sendEmpty(res, 403);
    return false;
  }
  res.setHeader('Access-Control-Allow-Origin', verdict.allowAll ? '*' : origin);
  if (record.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', OLLAMA_ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', (config.allowedHeaders ?? OLLAMA_ALLOWED_HEADERS).join(','));
    res.setHeader('Access-Control-Max-Age', '43200');
    if (!verdict.allowAll)
      res.setHeader('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    sendEmpty(res, 204);
    return false;
  }
  if (!verdict.allowAll) res.setHeader('Vary', 'Origin');
  return true;
}

function defaultStatusBody(code: number): unknown {
  if (code === 503) return { error: 'server busy, please try again.  maximum pending requests exceeded' };
  return { error: (STATUS_CODES[code] ?? 'error').toLowerCase() };
}

function findModel(config: OllamaServerConfig, name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const names = config.models.map((m) => m.name);
  // Ollama resolves a bare name to its :latest tag.
  return names.find((n) => n === name || n === `${name}:latest`);
}

async function handle(ctx: ServerContext<OllamaServerConfig>): Promise<void> {
  const { res, record, config } = ctx;
  if (!cors(ctx)) return;
  if (config.hostCheck && !ollamaHostAllowed(record.host)) return sendEmpty(res, 403);
  if (record.method === 'OPTIONS') return sendEmpty(res, 204);
  if (config.html === true || config.html === record.path)
    return sendText(res, 200, WEB_UI_PAGE, 'text/html; charset=utf-8');
  if (config.requireKey !== undefined && bearerKey(record.headers) !== config.requireKey) {
    if (!config.keyErrorCors) removeCorsHeaders(res);
    return sendJson(res, 401, { error: 'unauthorized' });
  }
  const override = config.status;
  if (override && (override.path === undefined || override.path === record.path)) {
    return sendOverride(res, override.code, override.body ?? defaultStatusBody(override.code), override.headers);
  }
  const route = `${record.method === 'HEAD' ? 'GET' : record.method} ${record.path}`;
  switch (route) {
    case 'GET /':
      return sendText(res, 200, 'Ollama is running');
    case 'GET /api/version':
      return sendJson(res, 200, { version: config.version });
    case 'GET /api/tags':
      return sendJson(res, 200, { models: config.models.map(tagsEntry) });
    case 'GET /v1/models':
      return sendJson(res, 200, openaiModels(config));
    case 'POST /api/show':
      return show(ctx);
    case 'POST /api/generate':
      return native(ctx, 'generate');
    case 'POST /api/chat':
      return native(ctx, 'chat');
    case 'POST /v1/chat/completions':
      return openaiChat(ctx);
    case 'POST /api/embed':
      return ollamaEmbed(ctx);
    default:
      return sendText(res, 404, '404 page not found');
  }
}

function openaiModels(config: OllamaServerConfig): unknown {
  return {
    object: 'list',
    data: config.models.map((model) => {
      const owner = model.name.includes('/') ? (model.name.split('/')[0] ?? 'library') : 'library';
      return {
        id: model.name,
        object: 'model',
        created: Math.floor(Date.parse(model.modifiedAt) / 1000),
        owned_by: owner,
      };
    }),
  };
}

function show({ res, record, config }: ServerContext<OllamaServerConfig>): void {
  const body = record.json as { model?: unknown; name?: unknown } | undefined;
  const name = findModel(config, body?.model ?? body?.name);
  if (name === undefined) return sendJson(res, 404, { error: `model '${String(body?.model ?? '')}' not found` });
  const spec = config.models.find((m) => m.name === name)!;
  const details = (tagsEntry(spec) as { details: unknown }).details;
  const capabilities = spec.capabilities ?? ['completion', ...(config.thinking ? ['thinking'] : [])];
  return sendJson(res, 200, {
    modelfile: `FROM ${name}\n`,
    parameters: '',
    template: '{{ .Prompt }}',
    details,
    model_info:
      spec.contextLength === undefined
        ? {}
        : { 'general.architecture': spec.family, [`${spec.family}.context_length`]: spec.contextLength },
    capabilities,
  });
}

async function native(ctx: ServerContext<OllamaServerConfig>, endpoint: 'generate' | 'chat'): Promise<void> {
  const { res, record, config } = ctx;
  if (record.rawBody.trim() === '') return sendJson(res, 400, { error: 'missing request body' });
  const body = record.json as Record<string, unknown> | undefined;
  if (body === undefined || typeof body !== 'object' || body === null) {
    return sendJson(res, 400, { error: 'invalid character looking for beginning of value' });
  }
  if (typeof body['model'] !== 'string' || body['model'] === '')
    return sendJson(res, 400, { error: 'model is required' });
  const model = findModel(config, body['model']);
  if (model === undefined) return sendJson(res, 404, { error: `model '${body['model']}' not found` });
  const empty =
    endpoint === 'generate'
      ? !body['prompt'] && !body['images']
      : !Array.isArray(body['messages']) || body['messages'].length === 0;
  if (empty) {
    const loaded = endpoint === 'generate' ? { response: '' } : { message: { role: 'assistant', content: '' } };
    return sendJson(res, 200, {
      model,
      created_at: new Date().toISOString(),
      ...loaded,
      done: true,
      done_reason: 'load',
    });
  }
  const options = body['options'] as { num_predict?: unknown } | undefined;
  const spec: NativeReplySpec = {
    endpoint,
    model,
    reply: echoOllamaImages(body, replyFor(record.rawBody, config)),
    promptTokens: countNativePromptTokens(body),
    ...(config.thinking !== undefined && body['think'] !== false ? { thinking: config.thinking } : {}),
    ...(typeof options?.num_predict === 'number' ? { numPredict: options.num_predict } : {}),
    ...(config.bigReply && !isTitleRequest(record.rawBody) ? { pieces: bigReplyPieces(config.bigReply) } : {}),
  };
  if (body['stream'] !== false && config.ignoreStream) {
    return sendJson(
      res,
      200,
      nativeJson(spec),
      config.streamContentType ? { 'Content-Type': config.streamContentType } : {},
    );
  }
  if (body['stream'] !== false) {
    res.writeHead(200, { 'Content-Type': config.streamContentType ?? 'application/x-ndjson' });
    res.flushHeaders();
    return pumpStream(ctx, nativeStreamPlan(spec));
  }
  if (config.holdStream !== false) await ctx.hold();
  if (ctx.signal.aborted) return;
  if (config.cutAfterChunks !== undefined) return sendTruncatedJson(res, nativeJson(spec), config.cutMode);
  return sendJson(res, 200, nativeJson(spec));
}

async function openaiChat(ctx: ServerContext<OllamaServerConfig>): Promise<void> {
  const { res, record, config } = ctx;
  const error = (status: number, message: string): void =>
    sendJson(res, status, {
      error: { message, type: status === 404 ? 'api_error' : 'invalid_request_error', param: null, code: null },
    });
  const body = record.json as { model?: unknown; messages?: unknown; stream?: unknown } | undefined;
  if (body === undefined || typeof body !== 'object' || body === null) return error(400, 'invalid request body');
  const model = findModel(config, body.model);
  if (model === undefined) return error(404, `model "${String(body.model ?? '')}" not found, try pulling it first`);
  if (!Array.isArray(body.messages) || body.messages.length === 0) return error(400, "[] is too short - 'messages'");
  const spec = {
    flavour: 'ollama' as const,
    model,
    reply: echoOpenAIImages(body, replyFor(record.rawBody, config)),
    reasoningField: 'reasoning' as const,
    ...(config.thinking !== undefined ? { reasoning: config.thinking } : {}),
  };
  if (body.stream === true) {
    res.writeHead(200, { 'Content-Type': 'text/event-stream' });
    res.flushHeaders();
    return pumpStream(ctx, chatStreamPlan(body, spec));
  }
  if (config.holdStream !== false) await ctx.hold();
  if (ctx.signal.aborted) return;
  return sendJson(res, 200, chatCompletionJson(body, spec));
}
