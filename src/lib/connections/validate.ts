// Validates what the connection form holds and turns it into a connection's fields, all or nothing.
import { tr } from '../i18n/active-language.ts';
import {
  capabilityDraftFrom,
  readCapabilityDraft,
  type CapabilityDraft,
  type CapabilityFields,
} from './capability-draft.ts';
import { normalizeBaseUrl, secretInAddress } from './normalize-base-url.ts';
import { parseField } from './param-edit.ts';
import { paramSpec, type ParamKey } from './param-specs.ts';
import { MAX_TIMEOUT_S } from './record.ts';
import type { Connection, ConnectionMode, ConnectionParams, ServerKind } from './types.ts';

/** The form's raw values, as strings the user typed (capabilities: see capability-draft.ts). */
export interface ConnectionDraft extends CapabilityDraft {
  name: string;
  mode: ConnectionMode;
  server_kind: ServerKind;
  base_url: string;
  api_key: string;
  max_tokens: string;
  temperature: string;
  top_p: string;
  top_k: string;
  min_p: string;
  repeat_penalty: string;
  seed: string;
  /** one stop sequence per line */
  stop: string;
  stream: 'default' | 'on' | 'off';
  /** a JSON object of any other request keys */
  extra_params: string;
  /** manual model ids, one per line or comma-separated */
  model_ids: string;
  model_filter: string;
  /** seconds, '' = the default */
  first_token_timeout_s: string;
  idle_timeout_s: string;
  enabled: boolean;
}

export type DraftErrors = Partial<Record<keyof ConnectionDraft, string>>;

export interface ValidDraft extends CapabilityFields {
  name: string;
  mode: ConnectionMode;
  server_kind: ServerKind;
  /** API roots to try, best first */
  candidates: string[];
  /**
   * the base URL as typed (no secret: refused above); several forms share the same candidates, so only this
   * tells an edit apart. Only compared on save, never stored.
   */
  typed_base_url?: string;
  api_key?: string;
  params?: ConnectionParams;
  model_ids?: string[];
  model_filter?: string;
  first_token_timeout_s?: number;
  idle_timeout_s?: number;
  enabled: boolean;
}

export type DraftResult = { ok: true; value: ValidDraft } | { ok: false; errors: DraftErrors };

/** The form's number fields: ranges and messages come from the chat panel's catalogue (param-specs.ts). */
export const FORM_NUMBER_PARAMS = [
  'max_tokens',
  'temperature',
  'top_p',
  'top_k',
  'min_p',
  'repeat_penalty',
  'seed',
] as const satisfies readonly ParamKey[];

export function validateDraft(draft: ConnectionDraft, others: readonly Connection[], editingId?: string): DraftResult {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  const rivals = others.filter((c) => c.id !== editingId);

  if (name === '') errors.name = tr('Give the connection a name');
  else if (rivals.some((c) => c.name.trim().toLowerCase() === name.toLowerCase())) {
    errors.name = tr('A connection named "{name}" already exists', { name });
  }

  const normalized = normalizeBaseUrl(draft.base_url, draft.mode);
  const secret = secretInAddress(draft.base_url);
  if (!normalized.ok) errors.base_url = normalized.error;
  else if (secret) errors.base_url = secret;
  else {
    const twin = rivals.find(
      (c) =>
        c.mode === draft.mode &&
        normalized.candidates.includes(c.base_url) &&
        (c.api_key ?? '') === draft.api_key.trim(),
    );
    if (twin) errors.base_url = tr('This server is already added as "{name}"', { name: twin.name });
  }

  const params: ConnectionParams = {};
  const extra = parseExtraParams(draft.extra_params);
  if (typeof extra === 'string') errors.extra_params = extra;
  else Object.assign(params, extra);

  for (const key of FORM_NUMBER_PARAMS) {
    const parsed = parseField(paramSpec(key), draft[key]);
    if (!parsed.ok) errors[key] = parsed.error;
    else if (typeof parsed.value === 'number') params[key] = parsed.value;
  }

  const timeouts: Pick<ValidDraft, 'first_token_timeout_s' | 'idle_timeout_s'> = {};
  for (const [field, problem] of TIMEOUT_FIELDS) {
    const raw = draft[field].trim();
    if (raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > MAX_TIMEOUT_S) errors[field] = problem(MAX_TIMEOUT_S);
    else timeouts[field] = value;
  }

  const caps = readCapabilityDraft(draft);
  if (!caps.ok) Object.assign(errors, caps.errors);

  const stops = draft.stop.split('\n').filter((s) => s !== '');
  if (stops.length > 0) params.stop = stops;
  if (draft.stream !== 'default') params.stream = draft.stream === 'on';

  if (Object.keys(errors).length > 0 || !normalized.ok || !caps.ok) return { ok: false, errors };

  const modelIds = parseList(draft.model_ids);
  const filter = draft.model_filter.trim();
  const apiKey = draft.api_key.trim();
  return {
    ok: true,
    value: {
      name,
      mode: draft.mode,
      server_kind: draft.server_kind,
      candidates: normalized.candidates,
      typed_base_url: draft.base_url.trim(),
      ...(apiKey ? { api_key: apiKey } : {}),
      ...(Object.keys(params).length > 0 ? { params } : {}),
      ...(modelIds.length > 0 ? { model_ids: modelIds } : {}),
      ...(filter ? { model_filter: filter } : {}),
      ...timeouts,
      ...caps.value,
      enabled: draft.enabled,
    },
  };
}

const TIMEOUT_FIELDS = [
  [
    'first_token_timeout_s',
    (max: number) =>
      tr('First-token timeout must be a number of seconds from 0 to {max} (0 = no limit)', { max: String(max) }),
  ],
  [
    'idle_timeout_s',
    (max: number) =>
      tr('Idle timeout must be a number of seconds from 0 to {max} (0 = no limit)', { max: String(max) }),
  ],
] as const;

function parseExtraParams(text: string): ConnectionParams | string {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return tr('Extra parameters are not valid JSON ({error})', { error: (error as Error).message });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return tr('Extra parameters must be a JSON object, e.g. {example}', { example: '{"keep_alive": "10m"}' });
  }
  return parsed as ConnectionParams;
}

export function parseList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

const FORM_PARAM_KEYS = new Set<string>([...FORM_NUMBER_PARAMS, 'stop', 'stream']);

/** The form's values for an existing connection (or defaults for a new one). */
export function draftFromConnection(c: Connection): ConnectionDraft {
  const p = c.params ?? {};
  const extra = Object.fromEntries(Object.entries(p).filter(([k]) => !FORM_PARAM_KEYS.has(k)));
  const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  return {
    name: c.name,
    mode: c.mode,
    server_kind: c.server_kind ?? 'other',
    base_url: c.base_url,
    api_key: c.api_key ?? '',
    max_tokens: num(p.max_tokens),
    temperature: num(p.temperature),
    top_p: num(p.top_p),
    top_k: num(p.top_k),
    min_p: num(p.min_p),
    repeat_penalty: num(p.repeat_penalty),
    seed: num(p.seed),
    stop: Array.isArray(p.stop) ? p.stop.join('\n') : typeof p.stop === 'string' ? p.stop : '',
    stream: p.stream === undefined ? 'default' : p.stream ? 'on' : 'off',
    extra_params: Object.keys(extra).length > 0 ? JSON.stringify(extra, null, 2) : '',
    model_ids: (c.model_ids ?? []).join('\n'),
    model_filter: c.model_filter ?? '',
    first_token_timeout_s: c.first_token_timeout_s === undefined ? '' : String(c.first_token_timeout_s),
    idle_timeout_s: c.idle_timeout_s === undefined ? '' : String(c.idle_timeout_s),
    ...capabilityDraftFrom(c),
    enabled: c.enabled,
  };
}
