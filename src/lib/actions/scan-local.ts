// "Scan for local servers": probe well-known ports on localhost in parallel and recognise what answered.
import type { Connection, ConnectionMode, ServerKind } from '../connections/types.ts';
import { SCAN_PORTS } from '../connections/presets.ts';
import { listModels } from '../providers/index.ts';
import type { ModelInfo } from '../providers/types.ts';
import { readPreference, writePreference } from '../util/preferences.ts';

export const SCAN_TIMEOUT_MS = 2500;

export interface ScanFinding {
  port: number;
  kind: ServerKind;
  mode: ConnectionMode;
  base_url: string;
  models: ModelInfo[];
}

export function defaultScanPorts(): number[] {
  return SCAN_PORTS.map((p) => p.port);
}

const SCAN_PORTS_KEY = 'switchboard:scan-ports';

/** The ports last scanned from Settings (where storage allows), else the usual ones: the first run scans these. */
export function scanPorts(storage?: Pick<Storage, 'getItem'>): number[] {
  const remembered = parsePorts(readPreference(SCAN_PORTS_KEY, storage && (() => storage)) ?? '');
  return remembered.length > 0 ? remembered : defaultScanPorts();
}

export function rememberScanPorts(ports: readonly number[], storage?: Pick<Storage, 'setItem'>): void {
  writePreference(SCAN_PORTS_KEY, ports.join(', '), storage && (() => storage));
}

/** Parses "11434, 1234 8080" into unique valid ports; invalid entries are dropped. */
export function parsePorts(text: string): number[] {
  const ports = text
    .split(/[\s,]+/)
    .map((s) => Number(s))
    .filter((n) => Number.isInteger(n) && n > 0 && n < 65536);
  return [...new Set(ports)];
}

/** Scans every port at once; a silent port costs at most SCAN_TIMEOUT_MS and never delays the others. */
export async function scanLocalServers(ports: readonly number[], host = 'localhost'): Promise<ScanFinding[]> {
  const results = await Promise.all(ports.map((port) => scanPort(host, port)));
  return results.filter((r): r is ScanFinding => r !== null);
}

async function scanPort(host: string, port: number): Promise<ScanFinding | null> {
  const origin = `http://${host}:${port}`;
  const probe = (mode: ConnectionMode, base_url: string) =>
    listModels(probeConnection(mode, base_url), { timeoutMs: SCAN_TIMEOUT_MS }).then(
      (models) => models,
      () => null,
    );
  const [ollama, openai, root] = await Promise.all([
    probe('ollama', origin),
    probe('openai_compatible', `${origin}/v1`),
    probe('openai_compatible', origin),
  ]);
  const kind = recogniseKind(port, ollama, openai ?? root);
  if (ollama && kind === 'ollama') return { port, kind, mode: 'ollama', base_url: origin, models: ollama };
  if (openai) return { port, kind, mode: 'openai_compatible', base_url: `${origin}/v1`, models: openai };
  if (root) return { port, kind, mode: 'openai_compatible', base_url: origin, models: root };
  if (ollama) return { port, kind: 'ollama', mode: 'ollama', base_url: origin, models: ollama };
  return null;
}

/** Recognises the server from what it answered, falling back to the port's usual tenant. */
export function recogniseKind(port: number, ollama: ModelInfo[] | null, openai: ModelInfo[] | null): ServerKind {
  const owners = new Set((openai ?? []).map((m) => (m.owned_by ?? '').toLowerCase()));
  if (owners.has('koboldcpp') || (ollama ?? []).some((m) => m.details?.family === 'koboldcpp')) return 'koboldcpp';
  if (owners.has('llamacpp')) return 'llamacpp';
  if (owners.has('vllm')) return 'vllm';
  if (owners.has('organization_owner')) return 'lmstudio';
  if (ollama) return 'ollama';
  const usual = SCAN_PORTS.find((p) => p.port === port)?.kinds ?? [];
  return usual.length === 1 ? (usual[0] as ServerKind) : 'other';
}

function probeConnection(mode: ConnectionMode, base_url: string): Connection {
  return { id: `scan:${base_url}`, name: base_url, mode, base_url, enabled: true, created_at: 0, updated_at: 0 };
}
