// OpenAI-style finish_reason → our FinishReason. Absent, null and KoboldCpp's string "null" mean "not finished yet".
import type { FinishReason } from '../types.ts';

export interface MappedFinish {
  unified: FinishReason;
  raw?: string;
}

export function mapFinishReason(raw: unknown): MappedFinish | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  if (value === '' || value === 'null') return undefined;
  return { unified: unify(value), raw: value };
}

function unify(value: string): FinishReason {
  switch (value) {
    case 'stop':
    case 'eos':
    case 'end_turn':
      return 'stop';
    case 'length':
    case 'max_tokens':
      return 'length';
    case 'content_filter':
      return 'content-filter';
    case 'tool_calls':
    case 'function_call':
      return 'tool-calls';
    default:
      return 'other';
  }
}
