// What the diagnosis texts need per server kind beyond the connection presets (name and port come from
// connections/presets.ts): how to start it and how to make it listen beyond loopback.
import type { ServerKind } from '../connections/types.ts';
import { presetFor } from '../connections/presets.ts';
import { tr } from '../i18n/active-language.ts';

interface ServerAdvice {
  /** how to start it, shown when nothing answers */
  start?: string;
  /** how to make it listen beyond loopback */
  listenAll?: string;
}

// listenAll is a function so its text is written in the language active when it is shown
const ADVICE: Record<ServerKind, { start?: string; listenAll?: () => string }> = {
  ollama: {
    start: 'ollama serve',
    listenAll: () => tr('Set {variable} and restart Ollama.', { variable: 'OLLAMA_HOST=0.0.0.0' }),
  },
  lmstudio: {
    start: 'lms server start',
    listenAll: () => tr('Developer tab → Server Settings → turn on "Serve on Local Network".'),
  },
  llamacpp: {
    start: 'llama-server -m model.gguf --port 8080',
    listenAll: () => tr('Start llama-server with {flag}.', { flag: '--host 0.0.0.0' }),
  },
  vllm: {
    start: 'vllm serve <model>',
    listenAll: () =>
      tr('vLLM listens on every interface unless {option} narrows it; start it with {flag}.', {
        option: '--host',
        flag: '--host 0.0.0.0',
      }),
  },
  localai: {
    start: 'local-ai run',
    listenAll: () =>
      tr('LocalAI listens on every interface by default ({port}); in Docker, publish the port with {flag}.', {
        port: ':8080',
        flag: '-p 8080:8080',
      }),
  },
  jan: {
    start: 'Jan → Settings → Local API Server → Start Server',
    listenAll: () => tr('Jan → Settings → Local API Server → set Server Host to {address}.', { address: '0.0.0.0' }),
  },
  koboldcpp: {
    start: 'koboldcpp --model model.gguf',
    listenAll: () =>
      tr('KoboldCpp listens on every interface unless {option} narrows it; drop {option} or use {flag}.', {
        option: '--host',
        flag: '--host 0.0.0.0',
      }),
  },
  textgen: {
    start: 'python server.py --api',
    listenAll: () =>
      tr('Start text-generation-webui with {flag} (or {other}).', { flag: '--listen', other: '--public-api' }),
  },
  litellm: {
    start: 'litellm --config config.yaml',
    listenAll: () =>
      tr('LiteLLM listens on {address} by default; check that {option} does not narrow it.', {
        address: '0.0.0.0',
        option: '--host',
      }),
  },
  osaurus: {},
  speaches: {
    start: 'docker run --rm -p 8000:8000 ghcr.io/speaches-ai/speaches:latest-cpu',
    listenAll: () =>
      tr('{server} listens on {address} by default; in Docker, publish the port with {flag}.', {
        server: 'Speaches',
        address: '0.0.0.0',
        flag: '-p 8000:8000',
      }),
  },
  kokoro: {
    start: 'docker run --rm -p 8880:8880 ghcr.io/remsky/kokoro-fastapi-cpu:latest',
    listenAll: () =>
      tr('{server} listens on {address} by default; in Docker, publish the port with {flag}.', {
        server: 'Kokoro-FastAPI',
        address: '0.0.0.0',
        flag: '-p 8880:8880',
      }),
  },
  openai: {},
  openrouter: {},
  other: {},
};

export interface ServerDefaults extends ServerAdvice {
  /** display name; 'the server' when the kind is unknown */
  name: string;
  /** default port of a local server */
  port?: number;
}

export const SERVER_KINDS = Object.keys(ADVICE) as ServerKind[];

export function serverDefaults(kind: ServerKind | undefined): ServerDefaults {
  const k = kind ?? 'other';
  const preset = presetFor(k);
  const { start, listenAll } = ADVICE[k];
  const out: ServerDefaults = { name: k === 'other' ? tr('the server') : preset.label };
  // Osaurus starts from its app: a sentence, not a command
  if (k === 'osaurus') out.start = tr('Open the Osaurus app and start its server');
  else if (start !== undefined) out.start = start;
  if (listenAll) out.listenAll = listenAll();
  if (preset.port !== undefined) out.port = preset.port;
  return out;
}

export function serverName(kind: ServerKind | undefined): string {
  return serverDefaults(kind).name;
}

/** Local kinds whose default port is this one (several share 8080 and 1337). */
export function kindsForPort(port: number): ServerKind[] {
  return SERVER_KINDS.filter((k) => serverDefaults(k).port === port);
}

/** The effective port of a URL (80/443 when the URL leaves it out). */
export function urlPort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
