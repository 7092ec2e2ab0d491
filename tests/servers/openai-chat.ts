// Builds OpenAI-style chat completion replies (SSE frames and non-stream JSON) the way two real servers
// shape them: llama.cpp's llama-server (role-only first chunk with content:null, `timings`) and
// Ollama's /v1 layer (role on every delta, `reasoning`).
import { randomBytes } from 'node:crypto';
import { splitIntoTokens, type Frame, type StreamPlan } from './stream-pump.ts';

export type OpenAIFlavour = 'llama-server' | 'ollama';

export interface ChatReplySpec {
  flavour: OpenAIFlavour;
  model: string;
  reply: string;
  reasoning?: string;
  reasoningField: 'reasoning_content' | 'reasoning';
  /** Overrides the finish reason (default 'stop', or 'length' when max tokens cut the reply). */
  finishReason?: string;
  /** The reply's pieces as given (default: `reply` split into word-sized tokens). */
  pieces?: string[];
}

interface ChatBody {
  messages?: unknown;
  max_tokens?: unknown;
  max_completion_tokens?: unknown;
  stream_options?: { include_usage?: unknown } | null;
}

function countPromptTokens(messages: unknown): number {
  if (!Array.isArray(messages)) return 0;
  let words = 0;
  for (const message of messages as Array<{ content?: unknown }>) {
    words += 4;
    const content = message?.content;
    const texts =
      typeof content === 'string'
        ? [content]
        : Array.isArray(content)
          ? content.map((p) => (p as { text?: unknown })?.text)
          : [];
    for (const text of texts) if (typeof text === 'string') words += splitIntoTokens(text).length;
  }
  return words;
}

interface Plan {
  id: string;
  created: number;
  reasoning: string[];
  content: string[];
  finishReason: string;
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}

function plan(body: ChatBody, spec: ChatReplySpec): Plan {
  const limit = body.max_completion_tokens ?? body.max_tokens;
  const all = spec.pieces ?? splitIntoTokens(spec.reply);
  const cap = typeof limit === 'number' && limit >= 0 ? limit : Infinity;
  const content = all.slice(0, cap);
  const reasoning = spec.reasoning ? splitIntoTokens(spec.reasoning) : [];
  const prompt = countPromptTokens(body.messages);
  const completion = reasoning.length + content.length;
  return {
    id: 'chatcmpl-' + randomBytes(12).toString('hex'),
    created: Math.floor(Date.now() / 1000),
    reasoning,
    content,
    finishReason: spec.finishReason ?? (content.length < all.length ? 'length' : 'stop'),
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}

function timings(p: Plan): Record<string, number> {
  const promptMs = 1.25;
  const predictedMs = Math.max(1, p.usage.completion_tokens) * 0.5;
  return {
    cache_n: 0,
    prompt_n: p.usage.prompt_tokens,
    prompt_ms: promptMs,
    prompt_per_token_ms: promptMs / Math.max(1, p.usage.prompt_tokens),
    prompt_per_second: (p.usage.prompt_tokens / promptMs) * 1000,
    predicted_n: p.usage.completion_tokens,
    predicted_ms: predictedMs,
    predicted_per_token_ms: predictedMs / Math.max(1, p.usage.completion_tokens),
    predicted_per_second: (p.usage.completion_tokens / predictedMs) * 1000,
  };
}

const sse = (value: unknown): string => `data: ${JSON.stringify(value)}\n\n`;

export function chatStreamPlan(body: ChatBody, spec: ChatReplySpec): StreamPlan {
  const p = plan(body, spec);
  const includeUsage = body.stream_options?.include_usage === true;
  const llama = spec.flavour === 'llama-server';
  const envelope = (choices: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> =>
    llama
      ? {
          choices,
          created: p.created,
          id: p.id,
          model: spec.model,
          system_fingerprint: 'b1-test',
          object: 'chat.completion.chunk',
          ...extra,
        }
      : {
          id: p.id,
          object: 'chat.completion.chunk',
          created: p.created,
          model: spec.model,
          system_fingerprint: 'fp_ollama',
          choices,
          ...extra,
        };
  const choice = (delta: Record<string, unknown>, finish: string | null = null): unknown =>
    llama ? { finish_reason: finish, index: 0, delta } : { index: 0, delta, finish_reason: finish };
  const frames: Frame[] = [];
  if (llama) frames.push({ kind: 'head', data: sse(envelope([choice({ role: 'assistant', content: null })])) });
  for (const token of p.reasoning) {
    const delta = llama
      ? { [spec.reasoningField]: token }
      : { role: 'assistant', content: '', [spec.reasoningField]: token };
    frames.push({ kind: 'content', counts: false, data: sse(envelope([choice(delta)])) });
  }
  for (const token of p.content) {
    const delta = llama ? { content: token } : { role: 'assistant', content: token };
    frames.push({ kind: 'content', data: sse(envelope([choice(delta)])) });
  }
  const finishDelta = llama ? {} : { role: 'assistant', content: '' };
  const finishExtra = llama && !includeUsage ? { timings: timings(p) } : {};
  frames.push({ kind: 'tail', data: sse(envelope([choice(finishDelta, p.finishReason)], finishExtra)) });
  if (includeUsage) {
    const usage = llama ? { ...p.usage, prompt_tokens_details: { cached_tokens: 0 } } : p.usage;
    frames.push({ kind: 'tail', data: sse(envelope([], llama ? { usage, timings: timings(p) } : { usage })) });
  }
  frames.push({ kind: 'tail', terminal: true, data: 'data: [DONE]\n\n' });
  return {
    frames,
    separator: '\n\n',
    garbage: 'data: {"choices":[{"delta":{"content":\n\n',
    textFrame: (text) => sse(envelope([choice(llama ? { content: text } : { role: 'assistant', content: text })])),
    errorFrame: (message) =>
      sse({
        error: llama
          ? { code: 500, message, type: 'server_error' }
          : { message, type: 'api_error', param: null, code: null },
      }),
  };
}

export function chatCompletionJson(body: ChatBody, spec: ChatReplySpec): Record<string, unknown> {
  const p = plan(body, spec);
  const message: Record<string, unknown> = { role: 'assistant', content: p.content.join('') };
  if (p.reasoning.length > 0) message[spec.reasoningField] = p.reasoning.join('');
  if (spec.flavour === 'llama-server') {
    return {
      choices: [{ finish_reason: p.finishReason, index: 0, message }],
      created: p.created,
      model: spec.model,
      system_fingerprint: 'b1-test',
      object: 'chat.completion',
      usage: { ...p.usage, prompt_tokens_details: { cached_tokens: 0 } },
      id: p.id,
      timings: timings(p),
    };
  }
  return {
    id: p.id,
    object: 'chat.completion',
    created: p.created,
    model: spec.model,
    system_fingerprint: 'fp_ollama',
    choices: [{ index: 0, message, finish_reason: p.finishReason }],
    usage: p.usage,
  };
}
