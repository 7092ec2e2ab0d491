// Fixes for requests beyond chat: a server without the endpoint (per server kind: which servers do it,
// or the switch that turns it on), a model of the wrong kind, and an audio file larger than the server takes.
import type { JobCapability } from '../../connections/capabilities.ts';
import type { ServerKind } from '../../connections/types.ts';
import type { Fix, FixCommand } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { tr } from '../../i18n/active-language.ts';

// functions, not tables, so each text is written in the language active when it is shown
function whoDoes(cap: JobCapability): string {
  if (cap === 'transcription') return tr('Speaches (faster-whisper), LocalAI or vLLM with a Whisper model');
  if (cap === 'speech') return tr('Speaches (Piper or Kokoro), Kokoro-FastAPI or LocalAI');
  return tr('Ollama, LM Studio, llama.cpp started with {flag}, vLLM with an embedding model, or LocalAI', {
    flag: '--embeddings',
  });
}

function runOne(cap: JobCapability): FixCommand {
  if (cap === 'transcription') {
    return {
      label: tr('Run Speaches (speech to text and text to speech) on port {port}', { port: '8000' }),
      command: 'docker run --rm -p 8000:8000 ghcr.io/speaches-ai/speaches:latest-cpu',
      platform: 'docker',
    };
  }
  if (cap === 'speech') {
    return {
      label: tr('Run Kokoro-FastAPI (text to speech) on port {port}', { port: '8880' }),
      command: 'docker run --rm -p 8880:8880 ghcr.io/remsky/kokoro-fastapi-cpu:latest',
      platform: 'docker',
    };
  }
  return {
    label: tr('Or pull an embedding model into Ollama'),
    command: 'ollama pull nomic-embed-text',
    platform: 'docker',
  };
}

function localAiTitle(cap: JobCapability): string {
  if (cap === 'embeddings') return tr('Install a model for embeddings in LocalAI');
  if (cap === 'speech') return tr('Install a model for text to speech in LocalAI');
  return tr('Install a model for speech to text in LocalAI');
}

/** What turns the endpoint on for a server kind that has it behind a switch or a model. */
function switchFor(kind: ServerKind | undefined, cap: JobCapability): Fix | undefined {
  if (cap === 'embeddings' && kind === 'llamacpp') {
    return {
      title: tr('Start llama-server with {flag}', { flag: '--embeddings' }),
      text: tr('llama-server answers {path} only when started with {flag} (and an embedding model works best).', {
        path: '/embeddings',
        flag: '--embeddings',
      }),
      commands: [
        { label: tr('Start it with'), command: 'llama-server -m embedding-model.gguf --embeddings', platform: 'any' },
      ],
    };
  }
  if (cap === 'embeddings' && kind === 'ollama') {
    return {
      title: tr('Update Ollama'),
      text: tr('Ollama before {version} has no {path} (nor {other}). Update it, then pull an embedding model.', {
        version: '0.3',
        path: '/api/embed',
        other: '/v1/embeddings',
      }),
      commands: [{ label: tr('Then'), command: 'ollama pull nomic-embed-text', platform: 'any' }],
    };
  }
  if (kind === 'vllm' && cap !== 'speech') {
    const model = cap === 'embeddings' ? '<embedding model> --task embed' : 'openai/whisper-large-v3-turbo';
    return {
      title: cap === 'embeddings' ? tr('Serve an embedding model with vLLM') : tr('Serve a Whisper model with vLLM'),
      text: tr(
        'vLLM offers this endpoint only for a model that does it; one vLLM serves one model, so run a second one on another port and add it as its own connection.',
      ),
      commands: [{ label: tr('For example'), command: `vllm serve ${model} --port 8001`, platform: 'any' }],
    };
  }
  if (kind === 'localai') {
    return {
      title: localAiTitle(cap),
      text: tr(
        'LocalAI has this endpoint, but answers 404 until a model with a backend for it is installed (from its gallery).',
      ),
    };
  }
  if ((kind === 'speaches' || kind === 'kokoro') && cap !== 'embeddings') {
    return {
      title: tr('Check the base URL ends in {path}', { path: '/v1' }),
      text: tr('{server} serves this under {path} (e.g. {url}).', {
        server: serverName(kind),
        path: '/v1',
        url: `http://localhost:${kind === 'kokoro' ? 8880 : 8000}/v1`,
      }),
    };
  }
  return undefined;
}

function useAnotherTitle(cap: JobCapability): string {
  if (cap === 'embeddings') return tr('Use a server that does embeddings');
  if (cap === 'speech') return tr('Use a server that does text to speech');
  return tr('Use a server that does speech to text');
}

/** The server answered 404 on the capability's path: it does not do this work (or not as set up). */
export function endpointMissingFixes(kind: ServerKind | undefined, cap: JobCapability, path: string): Fix[] {
  const own = switchFor(kind, cap);
  const elsewhere: Fix = {
    title: useAnotherTitle(cap),
    text: tr(
      '{server} has no {path}. Servers that have it: {servers}. Run one beside your chat server and add it as its own connection ({where}; its kind sets what it does).',
      {
        server: (kind ?? 'other') === 'other' ? tr('This server') : serverName(kind),
        path,
        servers: whoDoes(cap),
        where: `${tr('Settings')} → ${tr('Add a server')}`,
      },
    ),
    commands: [runOne(cap)],
  };
  return own ? [own, elsewhere] : [elsewhere];
}

export function wrongModelKindFixes(cap: JobCapability): Fix[] {
  const where = `${tr('Settings')} → ${tr('All models')}`;
  const fix =
    cap === 'embeddings'
      ? {
          title: tr('Pick an embedding model'),
          text: tr(
            "Choose a model that does embeddings. {where} shows each model's kind; a chat model cannot do this work.",
            {
              where,
            },
          ),
        }
      : cap === 'speech'
        ? {
            title: tr('Pick a text-to-speech model'),
            text: tr(
              "Choose a model that does text to speech. {where} shows each model's kind; a chat model cannot do this work.",
              { where },
            ),
          }
        : {
            title: tr('Pick a speech-to-text (Whisper) model'),
            text: tr(
              "Choose a model that does speech to text. {where} shows each model's kind; a chat model cannot do this work.",
              { where },
            ),
          };
  return [fix];
}

export function uploadTooLargeFixes(kind: ServerKind | undefined): Fix[] {
  const fixes: Fix[] = [
    {
      title: tr('Record a shorter piece, or send a smaller file'),
      text: tr('Split long recordings, or convert the audio to a compressed format (Opus, MP3) before sending.'),
    },
  ];
  if (kind === 'speaches' || kind === 'localai' || kind === 'vllm' || kind === 'other' || kind === undefined) {
    fixes.push({
      title: tr("Raise the server's upload limit"),
      text: tr(
        'Servers behind a reverse proxy (nginx: {option}) refuse large uploads before the server sees them; raise the limit there or on the server.',
        { option: 'client_max_body_size' },
      ),
    });
  }
  return fixes;
}
