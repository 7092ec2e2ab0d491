// What the diagnosis texts need per server kind beyond the connection presets (name and port come from
// connections/presets.ts): how to start it and how to make it listen beyond loopback.
import type { ServerKind } from '../connections/types.ts';
import { presetFor } from '../connections/presets.ts';

interface ServerAdvice {
  /** how to start it, shown when nothing answers */
  start?: string;
  /** how to make it listen beyond loopback */
  listenAll?: string;
}

const ADVICE: Record<ServerKind, ServerAdvice> = {
  ollama: {
    start: 'ollama serve',
    listenAll: 'Set OLLAMA_HOST=0.0.0.0 and restart Ollama.',
  },
  lmstudio: {
    start: 'lms server start',
    listenAll: 'Developer tab → Server Settings → turn on "Serve on Local Network".',
  },
  llamacpp: {
    start: 'llama-server -m model.gguf --port 8080',
    listenAll: 'Start llama-server with --host 0.0.0.0.',
  },
  vllm: {
    start: 'vllm serve <model>',
    listenAll: 'vLLM listens on every interface unless --host narrows it; start it with --host 0.0.0.0.',
  },
  localai: {
    start: 'local-ai run',
    listenAll: 'LocalAI listens on every interface by default (:8080); in Docker, publish the port with -p 8080:8080.',
  },
  jan: {
    start: 'Jan → Settings → Local API Server → Start Server',
    listenAll: 'Jan → Settings → Local API Server → set Server Host to 0.0.0.0.',
  },
  koboldcpp: {
    start: 'koboldcpp --model model.gguf',
    listenAll: 'KoboldCpp listens on every interface unless --host narrows it; drop --host or use --host 0.0.0.0.',
  },
  textgen: {
    start: 'python server.py --api',
    listenAll: 'Start text-generation-webui with --listen (or --public-api).',
  },
  litellm: {
    start: 'litellm --config config.yaml',
    listenAll: 'LiteLLM listens on 0.0.0.0 by default; check that --host does not narrow it.',
  },
  osaurus: {
    start: 'Open the Osaurus app and start its server',
  },
  speaches: {
    start: 'docker run --rm -p 8000:8000 ghcr.io/speaches-ai/speaches:latest-cpu',
    listenAll: 'Speaches listens on 0.0.0.0 by default; in Docker, publish the port with -p 8000:8000.',
  },
  kokoro: {
    start: 'docker run --rm -p 8880:8880 ghcr.io/remsky/kokoro-fastapi-cpu:latest',
    listenAll: 'Kokoro-FastAPI listens on 0.0.0.0 by default; in Docker, publish the port with -p 8880:8880.',
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
  const out: ServerDefaults = { ...ADVICE[k], name: k === 'other' ? 'the server' : preset.label };
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
