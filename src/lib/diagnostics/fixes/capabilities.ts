// Fixes for requests beyond chat: a server without the endpoint (per server kind: which servers do it,
// or the switch that turns it on), a model of the wrong kind, and an audio file larger than the server takes.
import type { JobCapability } from '../../connections/capabilities.ts';
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverName } from '../server-defaults.ts';

const WHO_DOES: Readonly<Record<JobCapability, string>> = {
  transcription: 'Speaches (faster-whisper), LocalAI or vLLM with a Whisper model',
  speech: 'Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI',
  embeddings: 'Ollama, LM Studio, llama.cpp started with --embeddings, vLLM with an embedding model, or LocalAI',
};

const RUN_ONE: Readonly<Record<JobCapability, { label: string; command: string }>> = {
  transcription: {
    label: 'Run Speaches (speech to text and text to speech) on port 8000',
    command: 'docker run --rm -p 8000:8000 ghcr.io/speaches-ai/speaches:latest-cpu',
  },
  speech: {
    label: 'Run Kokoro-FastAPI (text to speech) on port 8880',
    command: 'docker run --rm -p 8880:8880 ghcr.io/remsky/kokoro-fastapi-cpu:latest',
  },
  embeddings: {
    label: 'Or pull an embedding model into Ollama',
    command: 'ollama pull nomic-embed-text',
  },
};

/** What turns the endpoint on for a server kind that has it behind a switch or a model. */
function switchFor(kind: ServerKind | undefined, cap: JobCapability): Fix | undefined {
  if (cap === 'embeddings' && kind === 'llamacpp') {
    return {
      title: 'Start llama-server with --embeddings',
      text: 'llama-server answers /embeddings only when started with --embeddings (and an embedding model works best).',
      commands: [
        { label: 'Start it with', command: 'llama-server -m embedding-model.gguf --embeddings', platform: 'any' },
      ],
    };
  }
  if (cap === 'embeddings' && kind === 'ollama') {
    return {
      title: 'Update Ollama',
      text: 'Ollama before 0.3 has no /api/embed (nor /v1/embeddings). Update it, then pull an embedding model.',
      commands: [{ label: 'Then', command: 'ollama pull nomic-embed-text', platform: 'any' }],
    };
  }
  if (kind === 'vllm' && cap !== 'speech') {
    const model = cap === 'embeddings' ? '<embedding model> --task embed' : 'openai/whisper-large-v3-turbo';
    return {
      title: cap === 'embeddings' ? 'Serve an embedding model with vLLM' : 'Serve a Whisper model with vLLM',
      text: `vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.`,
      commands: [{ label: 'For example', command: `vllm serve ${model} --port 8001`, platform: 'any' }],
    };
  }
  if (kind === 'localai') {
    return {
      title: `Install a model for ${cap === 'embeddings' ? 'embeddings' : cap === 'speech' ? 'text to speech' : 'speech to text'} in LocalAI`,
      text: 'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).',
    };
  }
  if ((kind === 'speaches' || kind === 'kokoro') && cap !== 'embeddings') {
    return {
      title: 'Check the base URL ends in /v1',
      text: `${serverName(kind)} serves this under /v1 (e.g. http://localhost:${kind === 'kokoro' ? 8880 : 8000}/v1).`,
    };
  }
  return undefined;
}

/** The server answered 404 on the capability's path: it does not do this work (or not as set up). */
export function endpointMissingFixes(kind: ServerKind | undefined, cap: JobCapability, path: string): Fix[] {
  const own = switchFor(kind, cap);
  const name = serverName(kind);
  const elsewhere: Fix = {
    title: `Use a server that does ${cap === 'embeddings' ? 'embeddings' : cap === 'speech' ? 'text to speech' : 'speech to text'}`,
    text:
      `${name === 'the server' ? 'This server' : name} has no ${path}. Servers that have it: ${WHO_DOES[cap]}. ` +
      'Run one beside your chat server and add it as its own connection (Settings → Add a server; its kind sets what it does).',
    commands: [{ ...RUN_ONE[cap], platform: 'docker' }],
  };
  return own ? [own, elsewhere] : [elsewhere];
}

const KIND_NOUN: Readonly<Record<JobCapability, string>> = {
  transcription: 'speech-to-text (Whisper) model',
  speech: 'text-to-speech model',
  embeddings: 'embedding model',
};

export function wrongModelKindFixes(cap: JobCapability): Fix[] {
  return [
    {
      title: `Pick ${cap === 'embeddings' ? 'an' : 'a'} ${KIND_NOUN[cap]}`,
      text: `Choose a model that does ${cap === 'embeddings' ? 'embeddings' : cap === 'speech' ? 'text to speech' : 'speech to text'}. Settings → All models shows each model's kind; a chat model cannot do this work.`,
    },
  ];
}

export function uploadTooLargeFixes(kind: ServerKind | undefined): Fix[] {
  const fixes: Fix[] = [
    {
      title: 'Record a shorter piece, or send a smaller file',
      text: 'Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.',
    },
  ];
  if (kind === 'speaches' || kind === 'localai' || kind === 'vllm' || kind === 'other' || kind === undefined) {
    fixes.push({
      title: "Raise the server's upload limit",
      text: 'Servers behind a reverse proxy (nginx: client_max_body_size) refuse large uploads before the server sees them; raise the limit there or on the server.',
    });
  }
  return fixes;
}
