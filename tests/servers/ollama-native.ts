// Ollama native API bodies: /api/tags entries and /api/generate + /api/chat replies (NDJSON frames or
// one JSON object), with the final stats record (durations in ns, eval counts, done_reason).
import { createHash } from 'node:crypto';
import { splitIntoTokens, type Frame, type StreamPlan } from './stream-pump.ts';

export interface OllamaModelSpec {
  name: string;
  family?: string;
  parameterSize?: string;
  quantizationLevel?: string;
  format?: string;
  size?: number;
  modifiedAt?: string;
  /** Only listed by /api/tags when given; /api/show always reports capabilities. */
  capabilities?: string[];
  /** /api/show model_info["<family>.context_length"] (left out when not given). */
  contextLength?: number;
}

const KNOWN: Record<string, Partial<OllamaModelSpec>> = {
  'llama3.2:1b': { family: 'llama', parameterSize: '1.2B', quantizationLevel: 'Q8_0', size: 1_321_098_329 },
  'qwen3:0.6b': { family: 'qwen3', parameterSize: '751.63M', quantizationLevel: 'Q4_K_M', size: 522_653_767 },
};

/** A model with every detail filled in (what `ollama.config.models` holds). */
export type OllamaModel = Required<Omit<OllamaModelSpec, 'capabilities' | 'contextLength'>> &
  Pick<OllamaModelSpec, 'capabilities' | 'contextLength'>;

export function normaliseModel(model: string | OllamaModelSpec): OllamaModel {
  const spec = typeof model === 'string' ? { name: model } : model;
  const known = KNOWN[spec.name] ?? {};
  const base = spec.name.split(':')[0] ?? spec.name;
  return {
    name: spec.name,
    family: spec.family ?? known.family ?? (base.replace(/[\d.]+$/, '') || 'llama'),
    parameterSize: spec.parameterSize ?? known.parameterSize ?? '1B',
    quantizationLevel: spec.quantizationLevel ?? known.quantizationLevel ?? 'Q4_K_M',
    format: spec.format ?? 'gguf',
    size: spec.size ?? known.size ?? 1_000_000_000,
    modifiedAt: spec.modifiedAt ?? '2026-10-01T12:00:00.123456789+02:00',
    ...(spec.capabilities ? { capabilities: spec.capabilities } : {}),
    ...(spec.contextLength !== undefined ? { contextLength: spec.contextLength } : {}),
  };
}

export function tagsEntry(m: OllamaModel): Record<string, unknown> {
  return {
    name: m.name,
    model: m.name,
    modified_at: m.modifiedAt,
    size: m.size,
    digest: createHash('sha256').update(m.name).digest('hex'),
    details: {
      parent_model: '',
      format: m.format,
      family: m.family,
      families: [m.family],
      parameter_size: m.parameterSize,
      quantization_level: m.quantizationLevel,
    },
    ...(m.capabilities ? { capabilities: m.capabilities } : {}),
  };
}

export interface NativeReplySpec {
  endpoint: 'generate' | 'chat';
  model: string;
  reply: string;
  /** Emitted first as `thinking` (already filtered by the request's `think`). */
  thinking?: string;
  numPredict?: number;
  promptTokens: number;
  /** The reply's pieces as given (default: `reply` split into word-sized tokens). */
  pieces?: string[];
}

function plan(spec: NativeReplySpec) {
  const all = spec.pieces ?? splitIntoTokens(spec.reply);
  const content = spec.numPredict !== undefined && spec.numPredict >= 0 ? all.slice(0, spec.numPredict) : all;
  const thinking = spec.thinking ? splitIntoTokens(spec.thinking) : [];
  const evalCount = thinking.length + content.length;
  const stats = {
    total_duration: 210_000_000 + evalCount * 20_000_000,
    load_duration: 150_000_000,
    prompt_eval_count: spec.promptTokens,
    prompt_eval_duration: 40_000_000,
    eval_count: evalCount,
    eval_duration: evalCount * 20_000_000,
  };
  return { thinking, content, doneReason: content.length < all.length ? 'length' : 'stop', stats };
}

const now = (): string => new Date().toISOString();
const line = (value: unknown): string => JSON.stringify(value) + '\n';

function piece(spec: NativeReplySpec, text: { content?: string; thinking?: string }): Record<string, unknown> {
  const head = { model: spec.model, created_at: now() };
  if (spec.endpoint === 'chat') {
    const message: Record<string, unknown> = { role: 'assistant', content: text.content ?? '' };
    if (text.thinking !== undefined) message['thinking'] = text.thinking;
    return { ...head, message };
  }
  return { ...head, response: text.content ?? '', ...(text.thinking !== undefined ? { thinking: text.thinking } : {}) };
}

function finalExtra(spec: NativeReplySpec): Record<string, unknown> {
  return spec.endpoint === 'generate' ? { context: [1, 2, 3] } : {};
}

export function nativeStreamPlan(spec: NativeReplySpec): StreamPlan {
  const p = plan(spec);
  const frames: Frame[] = [];
  for (const token of p.thinking)
    frames.push({ kind: 'content', counts: false, data: line({ ...piece(spec, { thinking: token }), done: false }) });
  for (const token of p.content)
    frames.push({ kind: 'content', data: line({ ...piece(spec, { content: token }), done: false }) });
  frames.push({
    kind: 'tail',
    terminal: true,
    data: line({ ...piece(spec, {}), done: true, done_reason: p.doneReason, ...finalExtra(spec), ...p.stats }),
  });
  return {
    frames,
    separator: '\n',
    garbage: `{"model":"${spec.model}","response":\n`,
    errorFrame: (message) => line({ error: message }),
    textFrame: (text) => line({ ...piece(spec, { content: text }), done: false }),
  };
}

export function nativeJson(spec: NativeReplySpec): Record<string, unknown> {
  const p = plan(spec);
  const text = { content: p.content.join(''), ...(p.thinking.length > 0 ? { thinking: p.thinking.join('') } : {}) };
  return { ...piece(spec, text), done: true, done_reason: p.doneReason, ...finalExtra(spec), ...p.stats };
}

/** Rough prompt token count: words in prompt/system or in every message's content. */
export function countNativePromptTokens(body: { prompt?: unknown; system?: unknown; messages?: unknown }): number {
  const texts: unknown[] = [body.prompt, body.system];
  if (Array.isArray(body.messages)) for (const m of body.messages) texts.push((m as { content?: unknown })?.content);
  return texts.reduce<number>((n, t) => n + (typeof t === 'string' ? splitIntoTokens(t).length : 0), 0);
}
