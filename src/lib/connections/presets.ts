// Presets by server kind: picking one fills mode, default base URL and name. Facts from PROTOCOLS.md §6.
import { tr } from '../i18n/active-language.ts';
import type { Capability } from './capabilities.ts';
import type { ConnectionMode, ServerKind } from './types.ts';

export interface ServerPreset {
  kind: ServerKind;
  label: string;
  mode: ConnectionMode;
  base_url: string;
  /** default port, for the local-server scan and for "is it listening?" advice */
  port?: number;
  /** true when the server needs an API key to answer at all */
  needsKey?: boolean;
  /** what a server of this kind does, when not chat (a new connection starts with these ticked) */
  capabilities?: readonly Capability[];
}

export const PRESETS: readonly ServerPreset[] = [
  { kind: 'ollama', label: 'Ollama', mode: 'ollama', base_url: 'http://localhost:11434', port: 11434 },
  { kind: 'lmstudio', label: 'LM Studio', mode: 'openai_compatible', base_url: 'http://localhost:1234/v1', port: 1234 },
  { kind: 'llamacpp', label: 'llama.cpp', mode: 'openai_compatible', base_url: 'http://localhost:8080/v1', port: 8080 },
  { kind: 'vllm', label: 'vLLM', mode: 'openai_compatible', base_url: 'http://localhost:8000/v1', port: 8000 },
  { kind: 'localai', label: 'LocalAI', mode: 'openai_compatible', base_url: 'http://localhost:8080/v1', port: 8080 },
  {
    kind: 'jan',
    label: 'Jan',
    mode: 'openai_compatible',
    base_url: 'http://localhost:1337/v1',
    port: 1337,
    needsKey: true,
  },
  {
    kind: 'koboldcpp',
    label: 'KoboldCpp',
    mode: 'openai_compatible',
    base_url: 'http://localhost:5001/v1',
    port: 5001,
  },
  {
    kind: 'textgen',
    label: 'text-generation-webui',
    mode: 'openai_compatible',
    base_url: 'http://localhost:5000/v1',
    port: 5000,
  },
  { kind: 'litellm', label: 'LiteLLM', mode: 'openai_compatible', base_url: 'http://localhost:4000/v1', port: 4000 },
  { kind: 'osaurus', label: 'Osaurus', mode: 'openai_compatible', base_url: 'http://localhost:1337/v1', port: 1337 },
  {
    kind: 'speaches',
    label: 'Speaches',
    mode: 'openai_compatible',
    base_url: 'http://localhost:8000/v1',
    port: 8000,
    capabilities: ['transcription', 'speech'],
  },
  {
    kind: 'kokoro',
    label: 'Kokoro-FastAPI',
    mode: 'openai_compatible',
    base_url: 'http://localhost:8880/v1',
    port: 8880,
    capabilities: ['speech'],
  },
  { kind: 'openai', label: 'OpenAI', mode: 'openai', base_url: 'https://api.openai.com/v1', needsKey: true },
  {
    kind: 'openrouter',
    label: 'OpenRouter',
    mode: 'openai_compatible',
    base_url: 'https://openrouter.ai/api/v1',
    needsKey: true,
  },
  {
    kind: 'other',
    get label() {
      return tr('Other');
    },
    mode: 'openai_compatible',
    base_url: 'http://localhost:8080/v1',
  },
];

export function presetFor(kind: ServerKind | undefined): ServerPreset {
  return PRESETS.find((p) => p.kind === kind) ?? (PRESETS[PRESETS.length - 1] as ServerPreset);
}

/** Ports the local scan probes, with the kinds usually found there (llama.cpp is moving to 9931). */
export const SCAN_PORTS: readonly { port: number; kinds: ServerKind[] }[] = [
  { port: 11434, kinds: ['ollama'] },
  { port: 1234, kinds: ['lmstudio'] },
  { port: 8080, kinds: ['llamacpp', 'localai'] },
  { port: 9931, kinds: ['llamacpp'] },
  { port: 8000, kinds: ['vllm'] },
  { port: 1337, kinds: ['jan', 'osaurus'] },
  { port: 5001, kinds: ['koboldcpp'] },
  { port: 5000, kinds: ['textgen'] },
  { port: 4000, kinds: ['litellm'] },
];

/** The two descriptive labels are getters, written in the language active when read. */
export const MODE_LABELS: Readonly<Record<ConnectionMode, string>> = {
  openai: 'OpenAI',
  ollama: 'Ollama',
  get openai_compatible() {
    return tr('OpenAI-compatible');
  },
  get browser() {
    return tr('This browser');
  },
};
