// Fixes for replies that are no usable answer although no HTTP error came: a web page, the other API's
// format, an empty model list, no answer in time, or a stream cut off.
import { ollamaVersionEndpoint } from '../../connections/endpoints.ts';
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverDefaults, serverName } from '../server-defaults.ts';
import { quote } from './shell.ts';

export function webUiFixes(kind: ServerKind | undefined, baseUrl: string): Fix[] {
  const port = serverDefaults(kind).port;
  const where = port ? ` (${serverName(kind)}'s API is usually on port ${port})` : '';
  return [
    {
      title: 'Point the connection at the API, not the web page',
      text: `${baseUrl} returned a web page. Use the API's base URL, which usually ends in /v1${where}.`,
    },
  ];
}

export function wrongModeFixes(detected: 'ollama' | 'openai', suggestedBaseUrl: string): Fix[] {
  return detected === 'ollama'
    ? [
        {
          title: 'Switch this connection to Ollama mode',
          text: `The server answered in Ollama's native format. Use mode "Ollama" with base URL ${suggestedBaseUrl}, or keep OpenAI mode with ${suggestedBaseUrl}/v1.`,
        },
      ]
    : [
        {
          title: 'Switch this connection to OpenAI-compatible mode',
          text: `The server answered in OpenAI's format. Use mode "OpenAI-compatible" with base URL ${suggestedBaseUrl}.`,
        },
      ];
}

/** OpenAI mode got a 404 from Ollama. `triedV1`: the failed request already went to <origin>/v1/…. */
export function ollamaInOpenAiModeFixes(origin: string, triedV1: boolean): Fix[] {
  const native: Fix = {
    title: 'Switch this connection to Ollama mode',
    text: `The server at ${origin} says it is Ollama. Edit the connection: mode "Ollama", base URL ${origin}. Ollama's native API works with every Ollama version.`,
  };
  if (!triedV1) {
    return [
      native,
      {
        title: `Or keep OpenAI-compatible mode with base URL ${origin}/v1`,
        text: 'Ollama serves its OpenAI-compatible API under /v1, not at this path.',
      },
    ];
  }
  return [
    native,
    {
      title: 'Or update Ollama to keep OpenAI-compatible mode',
      text: `This Ollama answers 404 at ${origin}/v1: older Ollama versions have no OpenAI-compatible API (or not all of it), and some proxies forward only /api/ paths. Check its version:`,
      commands: [
        { label: "Ollama's version", command: `curl -s ${quote(ollamaVersionEndpoint(origin))}`, platform: 'any' },
      ],
    },
  ];
}

export function invalidResponseFixes(): Fix[] {
  return [
    {
      title: 'Check the API mode and base URL',
      text: 'The server answered in an unexpected format. Make sure the mode (OpenAI vs Ollama native) matches the server and the base URL points at its API.',
    },
  ];
}

export function timeoutFixes(kind: ServerKind | undefined, phase: 'request' | 'stream'): Fix[] {
  return phase === 'stream'
    ? [
        {
          title: 'The server stopped sending',
          text: `${serverName(kind)} went silent mid-answer. It may be overloaded or out of memory; check its log and retry.`,
        },
      ]
    : [
        {
          title: 'Retry: the first request may load the model',
          text: `${serverName(kind)} may be loading the model, which can take longer than the time limit. Retry once it has loaded.`,
        },
        {
          title: 'Check the network path',
          text: 'A firewall that silently drops packets also looks like this. Run "Test connection" to check.',
        },
      ];
}

export function streamInterruptedFixes(kind: ServerKind | undefined): Fix[] {
  return [
    {
      title: 'Retry; check the server and any proxy',
      text: `The answer had started, so this is not CORS or a wrong URL: the connection to ${serverName(kind)} broke mid-stream (server crash or restart, proxy timeout, network change).`,
    },
  ];
}

export function noModelsFixes(kind: ServerKind | undefined): Fix[] {
  if (kind === 'ollama') {
    return [
      {
        title: 'Download a model',
        text: 'Ollama has no models yet.',
        commands: [{ label: 'For example', command: 'ollama pull llama3.2', platform: 'any' }],
      },
    ];
  }
  return [
    {
      title: 'Load a model on the server, or type its id',
      text: `${serverName(kind)} listed no models. Load one on the server, or add model ids by hand in the connection.`,
    },
  ];
}
