// The picker's one line of details for a model, from what its server reported: Ollama's parameter size,
// quantisation and family, a context length, and per-token prices shown per million tokens. Server
// strings are made visible (no invisible or bidi characters) and cut short; the UI shows them as text.
import { visibleName } from '../connections/visible-name.ts';
import type { ModelInfo } from '../providers/types.ts';

const MAX_PART = 24;

function part(s: string | undefined): string | undefined {
  const text = s?.trim();
  if (!text) return undefined;
  const shown = visibleName(text);
  return shown.length > MAX_PART ? `${shown.slice(0, MAX_PART - 1)}…` : shown;
}

/** Binary sizes in binary units, round ones in decimal: 131072 → "128K", 128000 → "128K", 2048 → "2K", 512 → "512", 1048576 → "1M". */
export function tokenCount(n: number): string {
  if (n >= 1_000_000) {
    const m = n % 1_000_000 !== 0 && n % 1_048_576 === 0 ? n / 1_048_576 : n / 1_000_000;
    return `${Number(m.toPrecision(3))}M`;
  }
  if (n >= 1000) {
    const k = n % 1000 !== 0 && n % 1024 === 0 ? n / 1024 : n / 1000;
    return `${Number(k.toPrecision(3))}K`;
  }
  return String(n);
}

/** A per-token price in dollars, shown per million tokens: 0.00000015 → "$0.15", 0.00001 → "$10". */
export function perMillion(perToken: number): string {
  const perM = perToken * 1_000_000;
  return `$${Number(perM.toPrecision(3))}`;
}

function priceText(d: NonNullable<ModelInfo['details']>): string | undefined {
  const { price_prompt: p, price_completion: c } = d;
  if (p === undefined && c === undefined) return undefined;
  if (!p && !c) return 'free';
  const input = p !== undefined ? `${perMillion(p)} in` : undefined;
  const output = c !== undefined ? `${perMillion(c)} out` : undefined;
  return `${[input, output].filter(Boolean).join(' / ')} per 1M`;
}

/**
 * "1.2B · Q8_0 · llama · 128K context · $0.15 in / $0.6 out per 1M"; the parts the server did not report
 * are left out. `context` (fetched separately) wins over the listed one.
 */
export function modelDetailText(model: ModelInfo, context?: number): string {
  const d = model.details ?? {};
  const ctx = context ?? d.context_length;
  return [
    part(d.parameter_size),
    part(d.quantization_level),
    part(d.family),
    ctx !== undefined && ctx > 0 ? `${tokenCount(ctx)} context` : undefined,
    priceText(d),
  ]
    .filter(Boolean)
    .join(' · ');
}
