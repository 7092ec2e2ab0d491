// Fixes for HTTP errors: auth, quota, model, path, bad request, limits, loading, host header, server
// faults, and redirects not followed. Replies of the wrong kind, timeouts and drops: answers.ts.
import type { ConnectionMode, ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { portOr, quote } from './shell.ts';

const KEY_HELP: Partial<Record<ServerKind, string>> = {
  jan: 'Jan requires an API key: set one in Settings → Local API Server and enter the same key here.',
  llamacpp: 'llama-server checks keys only when started with --api-key; enter that key here.',
  vllm: 'vLLM checks keys only when started with --api-key (or VLLM_API_KEY); enter that key here.',
  localai: 'LocalAI checks keys when API_KEY / LOCALAI_API_KEY is set; enter one of those keys here.',
  lmstudio: 'LM Studio checks keys only when "Require authentication" is on in the server settings.',
  litellm: 'The LiteLLM proxy expects its master key or a virtual key created from it.',
  koboldcpp: 'KoboldCpp checks the key only when started with --password; enter that password as the key.',
  openai: 'Create a key at platform.openai.com → API keys, and check the project has access to this model.',
  openrouter: 'Create a key at openrouter.ai → Keys.',
  textgen: 'text-generation-webui checks keys only when started with --api-key.',
};

export function authFixes(kind: ServerKind | undefined, status: number, sentKey: boolean): Fix[] {
  const fixes: Fix[] = [
    {
      title: sentKey ? 'Check the API key' : 'Add an API key',
      text: sentKey
        ? `The server refused the key this connection sent (HTTP ${status}). Copy it again, without spaces, or create a new one.`
        : `The server wants an API key and this connection sends none (HTTP ${status}). Enter the key in the connection settings.`,
    },
  ];
  const help = kind ? KEY_HELP[kind] : undefined;
  if (help) fixes.push({ title: `${serverName(kind)} and API keys`, text: help });
  if (status === 403 && kind === 'jan') {
    fixes.push({ title: "Add this host to Jan's Trusted Hosts", text: 'Settings → Local API Server → Trusted Hosts.' });
  }
  if (status === 403 && kind === 'ollama') {
    fixes.push({
      title: 'A proxy may be answering for Ollama',
      text: "Ollama's own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.",
    });
  }
  return fixes;
}

export function quotaFixes(kind: ServerKind | undefined): Fix[] {
  return [
    {
      title: 'Add credit or raise the limit',
      text: `${serverName(kind)} says the account is out of credit or quota. Check billing and usage limits in its dashboard.`,
    },
  ];
}

export function modelNotFoundFixes(kind: ServerKind | undefined, model: string | undefined, url: URL): Fix[] {
  const m = model ?? '<model>';
  const pick: Fix = {
    title: 'Pick a model the server lists',
    text: 'Refresh the model list for this connection and choose one of its models.',
  };
  switch (kind) {
    case 'ollama':
      return [
        {
          title: `Download ${m} into Ollama`,
          text: `Ollama has no model called ${m}. Download it (names are like llama3.2 or qwen3:8b), or pick an installed one.`,
          commands: [
            { label: 'Download the model', command: `ollama pull ${quote(m)}`, platform: 'any' },
            { label: 'List installed models', command: 'ollama list', platform: 'any' },
          ],
        },
        pick,
      ];
    case 'lmstudio':
      return [
        {
          title: `Load ${m} in LM Studio`,
          text: 'Download it in LM Studio, or load it from a terminal:',
          commands: [{ label: 'Load the model', command: `lms load ${quote(m)}`, platform: 'any' }],
        },
        pick,
      ];
    case 'vllm':
      return [
        {
          title: 'Use the name vLLM serves',
          text: 'vLLM serves one model, under --served-model-name if set, else its path. Use exactly that name.',
        },
        pick,
      ];
    case 'openai':
    case 'openrouter':
      return [
        pick,
        {
          title: 'Check access',
          text: `The model id may be misspelled, retired, or not enabled for this key at ${url.host}.`,
        },
      ];
    default:
      return [pick];
  }
}

/** `suggestions` are alternative base URLs, most likely first. */
export function wrongPathFixes(
  mode: ConnectionMode,
  baseUrl: string,
  suggestions: string[],
  doubledV1: boolean,
): Fix[] {
  const fixes: Fix[] = [];
  const first = suggestions[0];
  if (doubledV1 && first) {
    fixes.push({
      title: 'Remove the doubled /v1',
      text: `The request URL contains /v1/v1. Set the base URL to ${first}.`,
    });
  } else if (first) {
    fixes.push({
      title: `Try the base URL ${first}`,
      text:
        mode === 'ollama'
          ? `Ollama's native API lives at the server root (e.g. http://localhost:11434), not under /v1. Try ${suggestions.join(' or ')}.`
          : `OpenAI-compatible servers usually serve the API under /v1 (e.g. http://localhost:1234/v1); a few also answer at the root. Try ${suggestions.join(' or ')}.`,
    });
  }
  if (mode === 'ollama') {
    fixes.push({
      title: 'Or switch this connection to OpenAI-compatible mode',
      text: `If ${baseUrl} is not Ollama, its /api/* paths won't exist. Use OpenAI-compatible mode with the server's /v1 URL.`,
    });
  } else {
    fixes.push({
      title: 'Check the address',
      text: `A 404 means a server answered at ${baseUrl} but has nothing at that path: check host, port and path prefix.`,
    });
  }
  return fixes;
}

export function badRequestFixes(serverMessage: string | undefined): Fix[] {
  const fixes: Fix[] = [];
  if (serverMessage && /does not support/i.test(serverMessage)) {
    fixes.push({
      title: 'Pick a model that supports chat',
      text: 'This model cannot do what was asked (for example an embedding model used for chat). Choose another model.',
    });
  }
  fixes.push({
    title: "Read the server's message",
    text: "The server rejected the request as invalid. Check the connection's and chat's parameters (max tokens, response format, images); the message above names the problem.",
  });
  return fixes;
}

export function rateLimitFixes(kind: ServerKind | undefined, retryAfter?: string): Fix[] {
  const wait = retryAfter ? ` The server asks to wait ${retryAfter}${/^\d+$/.test(retryAfter) ? ' s' : ''}.` : '';
  return [
    {
      title: 'Wait and retry',
      text: `${serverName(kind)} is limiting how fast requests may come.${wait} Retry in a moment, or check your plan's limits.`,
    },
  ];
}

export function loadingFixes(kind: ServerKind | undefined): Fix[] {
  return [
    {
      title: 'Wait for the model to load, then retry',
      text: `${serverName(kind)} is still loading the model into memory. This can take a minute for large models.`,
    },
  ];
}

export function hostHeaderFixes(url: URL): Fix[] {
  const port = portOr(url, 5000);
  return [
    {
      title: `Use http://localhost:${port}`,
      text: `text-generation-webui only accepts the host names localhost and 127.0.0.1 unless started with --listen.`,
    },
    {
      title: 'Or start it with --listen',
      text: 'Then it accepts any host name (and listens on the network).',
      commands: [{ label: 'Start text-generation-webui', command: 'python server.py --api --listen', platform: 'any' }],
    },
  ];
}

export function serverErrorFixes(kind: ServerKind | undefined, status: number): Fix[] {
  if (status === 502 || status === 504) {
    return [
      {
        title: 'Check the proxy and the server behind it',
        text: `HTTP ${status} comes from a proxy or gateway that could not get an answer from ${serverName(kind)} in time. Check that the server behind it is running.`,
      },
    ];
  }
  return [
    {
      title: `Check ${serverName(kind)}'s log`,
      text: `The server failed while handling the request (HTTP ${status}). Its console or log says why; out-of-memory while loading a model is a common cause.`,
    },
  ];
}

/** A keyed request was redirected and not followed (http.ts): point the connection at the final address. */
export function redirectFixes(requestUrl: string): Fix[] {
  return [
    {
      title: 'Use the address the server redirects to',
      text:
        'Switchboard never follows a redirect with an API key, so the key and the chat cannot be sent to an address you did not enter. ' +
        "Find where the server points (the Location line of the command below), then put that address in the connection's base URL. " +
        'Common causes: http:// redirected to https://, a missing or extra /v1, a proxy or login page in front of the API.',
      commands: [{ label: 'Show the redirect', command: `curl -sI ${quote(requestUrl)}` }],
    },
  ];
}
