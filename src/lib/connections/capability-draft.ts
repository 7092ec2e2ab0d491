// The connection form's "What this server does" part: the capabilities ticked by hand and one timeout per
// non-chat capability, as typed, checked and turned into Connection.capabilities / capability_timeouts_s.
import { tr } from '../i18n/active-language.ts';
import { CAPABILITIES, isCapability, type Capability, type JobCapability } from './capabilities.ts';
import { MAX_TIMEOUT_S } from './record.ts';
import type { Connection } from './types.ts';

/** The form field of each capability's timeout (seconds as typed; '' = the default). */
export const CAPABILITY_TIMEOUT_FIELDS = {
  embeddings: 'timeout_embeddings_s',
  transcription: 'timeout_transcription_s',
  speech: 'timeout_speech_s',
} as const satisfies Record<JobCapability, string>;

export type CapabilityTimeoutField = (typeof CAPABILITY_TIMEOUT_FIELDS)[JobCapability];

export const JOB_CAPABILITIES = Object.keys(CAPABILITY_TIMEOUT_FIELDS) as JobCapability[];

/** Getters: each label is written in the language active when it is read. */
export const CAPABILITY_LABELS: Readonly<Record<Capability, string>> = {
  get chat() {
    return tr('Chat');
  },
  get embeddings() {
    return tr('Embeddings');
  },
  get transcription() {
    return tr('Speech to text');
  },
  get speech() {
    return tr('Text to speech');
  },
};

export interface CapabilityDraft {
  /** ticked by hand, in CAPABILITIES order; none ticked = chat, with other kinds detected per model */
  capabilities: Capability[];
  timeout_embeddings_s: string;
  timeout_transcription_s: string;
  timeout_speech_s: string;
}

export interface CapabilityFields {
  capabilities?: Capability[];
  capability_timeouts_s?: Partial<Record<JobCapability, number>>;
}

export type CapabilityResult =
  { ok: true; value: CapabilityFields } | { ok: false; errors: Partial<Record<CapabilityTimeoutField, string>> };

export function blankCapabilityDraft(): CapabilityDraft {
  return { capabilities: [], timeout_embeddings_s: '', timeout_transcription_s: '', timeout_speech_s: '' };
}

export function readCapabilityDraft(draft: CapabilityDraft): CapabilityResult {
  const errors: Partial<Record<CapabilityTimeoutField, string>> = {};
  const timeouts: Partial<Record<JobCapability, number>> = {};
  for (const cap of JOB_CAPABILITIES) {
    const field = CAPABILITY_TIMEOUT_FIELDS[cap];
    const raw = draft[field].trim();
    if (raw === '') continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > MAX_TIMEOUT_S) {
      errors[field] = timeoutProblem(cap);
    } else timeouts[cap] = value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const ticked = new Set(draft.capabilities.filter(isCapability));
  const capabilities = CAPABILITIES.filter((c) => ticked.has(c));
  return {
    ok: true,
    value: {
      ...(capabilities.length > 0 ? { capabilities } : {}),
      ...(Object.keys(timeouts).length > 0 ? { capability_timeouts_s: timeouts } : {}),
    },
  };
}

function timeoutProblem(cap: JobCapability): string {
  const max = String(MAX_TIMEOUT_S);
  if (cap === 'embeddings') {
    return tr('Embeddings timeout must be a number of seconds from 0 to {max} (0 = no limit)', { max });
  }
  if (cap === 'transcription') {
    return tr('Speech to text timeout must be a number of seconds from 0 to {max} (0 = no limit)', { max });
  }
  return tr('Text to speech timeout must be a number of seconds from 0 to {max} (0 = no limit)', { max });
}

export function capabilityDraftFrom(c: Pick<Connection, 'capabilities' | 'capability_timeouts_s'>): CapabilityDraft {
  const t = c.capability_timeouts_s ?? {};
  const text = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    capabilities: (c.capabilities ?? []).filter(isCapability),
    timeout_embeddings_s: text(t.embeddings),
    timeout_transcription_s: text(t.transcription),
    timeout_speech_s: text(t.speech),
  };
}
