// What kinds of work a connection's server does: chat, embeddings, speech to text, text to speech.
// A connection may serve several; a Speaches or Kokoro server on its own port serves only one.
// Pure: the record says what the user set; model kinds (providers/model-kind.ts) say what was detected.
import type { Connection } from './types.ts';

export type Capability = 'chat' | 'embeddings' | 'transcription' | 'speech';

export const CAPABILITIES: readonly Capability[] = ['chat', 'embeddings', 'transcription', 'speech'];

/** Capabilities that are single requests (not streams) and get one overall timeout each. */
export type JobCapability = Exclude<Capability, 'chat'>;

/** Seconds a whole request may take, per capability (Esperanto's defaults; speech as long as embeddings' chat). */
export const DEFAULT_CAPABILITY_TIMEOUT_S: Readonly<Record<JobCapability, number>> = {
  embeddings: 120,
  transcription: 600,
  speech: 300,
};

export function isCapability(value: unknown): value is Capability {
  return typeof value === 'string' && (CAPABILITIES as readonly string[]).includes(value);
}

/**
 * What the user set by hand; a connection that never set any is a chat connection whose models may
 * still show other kinds (detected per model).
 */
export function declaredCapabilities(connection: Pick<Connection, 'capabilities'>): Capability[] {
  const set = connection.capabilities?.filter(isCapability) ?? [];
  return set.length > 0 ? set : ['chat'];
}

export function servesChat(connection: Pick<Connection, 'capabilities'>): boolean {
  return declaredCapabilities(connection).includes('chat');
}

/** Milliseconds allowed for one request of this capability (0 = no limit). */
export function capabilityTimeoutMs(connection: Pick<Connection, 'capability_timeouts_s'>, cap: JobCapability): number {
  const seconds = connection.capability_timeouts_s?.[cap] ?? DEFAULT_CAPABILITY_TIMEOUT_S[cap];
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
