// The catalogue of per-request parameters the chat settings panel edits: each one's label, range and
// step, and, per connection mode, the wire name it is sent under or why it is not sent. The adapters
// read the same table (providers/…/build-request.ts), so the panel and the requests always agree.
import { tr } from '../i18n/active-language.ts';
import type { ConnectionMode } from './modes.ts';

export type ParamKey =
  | 'temperature'
  | 'top_p'
  | 'top_k'
  | 'min_p'
  | 'repeat_penalty'
  | 'presence_penalty'
  | 'frequency_penalty'
  | 'max_tokens'
  | 'seed'
  | 'stop';

/** How one mode treats a parameter: sent (under `wire`, with an optional caveat) or not sent, and why. */
export type ModeSupport = { sent: true; wire: string; note?: string } | { sent: false; reason: string };

export interface ParamSpec {
  key: ParamKey;
  label: string;
  /** 'stops' is a list of strings (one per line); every other parameter is a number */
  kind: 'number' | 'stops';
  /** 'sampling' parameters are what presets replace; 'length' ones (limit, seed, stops) they leave alone */
  group: 'sampling' | 'length';
  min: number;
  max: number;
  step: number;
  integer: boolean;
  modes: Record<ConnectionMode, ModeSupport>;
}

// Labels and reasons are getters: read when shown, so they are written in the language active then.
const nonStandard = () =>
  tr(
    'Not part of the OpenAI API; llama.cpp, vLLM, LM Studio and others accept it, a server that does not may ignore or refuse it.',
  );
const notOpenai = () => tr('The OpenAI API has no such parameter, so it is not sent.');

const same = (wire: string): Record<ConnectionMode, ModeSupport> => ({
  openai: { sent: true, wire },
  openai_compatible: { sent: true, wire },
  ollama: { sent: true, wire: `options.${wire}` },
  browser: { sent: true, wire },
});
const extension = (wire: string): Record<ConnectionMode, ModeSupport> => ({
  openai: {
    sent: false,
    get reason() {
      return notOpenai();
    },
  },
  openai_compatible: {
    sent: true,
    wire,
    get note() {
      return nonStandard();
    },
  },
  ollama: { sent: true, wire: `options.${wire}` },
  browser: { sent: true, wire },
});

function numeric(
  key: ParamKey,
  label: () => string,
  range: [number, number, number],
  group: ParamSpec['group'],
  modes: Record<ConnectionMode, ModeSupport>,
  integer = false,
): ParamSpec {
  const [min, max, step] = range;
  return {
    key,
    get label() {
      return label();
    },
    kind: 'number',
    group,
    min,
    max,
    step,
    integer,
    modes,
  };
}

export const PARAM_SPECS: readonly ParamSpec[] = [
  numeric('temperature', () => tr('Temperature'), [0, 2, 0.05], 'sampling', same('temperature')),
  numeric('top_p', () => tr('Top P'), [0, 1, 0.01], 'sampling', same('top_p')),
  numeric('top_k', () => tr('Top K'), [0, 1000, 1], 'sampling', extension('top_k'), true),
  numeric('min_p', () => tr('Min P'), [0, 1, 0.01], 'sampling', extension('min_p')),
  numeric('repeat_penalty', () => tr('Repeat penalty'), [0, 2, 0.05], 'sampling', extension('repeat_penalty')),
  numeric('presence_penalty', () => tr('Presence penalty'), [-2, 2, 0.1], 'sampling', same('presence_penalty')),
  numeric('frequency_penalty', () => tr('Frequency penalty'), [-2, 2, 0.1], 'sampling', same('frequency_penalty')),
  numeric(
    'max_tokens',
    () => tr('Max tokens'),
    [1, 131072, 1],
    'length',
    {
      openai: { sent: true, wire: 'max_completion_tokens' },
      openai_compatible: { sent: true, wire: 'max_tokens' },
      ollama: { sent: true, wire: 'options.num_predict' },
      browser: { sent: true, wire: 'max_tokens' },
    },
    true,
  ),
  numeric('seed', () => tr('Seed'), [0, 2_147_483_647, 1], 'length', same('seed'), true),
  {
    key: 'stop',
    get label() {
      return tr('Stop sequences');
    },
    kind: 'stops',
    group: 'length',
    min: 0,
    max: 0,
    step: 0,
    integer: false,
    modes: same('stop'),
  },
];

export function paramSpec(key: ParamKey): ParamSpec {
  const spec = PARAM_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`unknown parameter ${key}`);
  return spec;
}

/** The parameters a mode does not send, with the reason: its adapter drops them and says so. */
export function unsentParams(mode: ConnectionMode): { key: ParamKey; reason: string }[] {
  const out: { key: ParamKey; reason: string }[] = [];
  for (const spec of PARAM_SPECS) {
    const support = spec.modes[mode];
    if (!support.sent) out.push({ key: spec.key, reason: support.reason });
  }
  return out;
}
