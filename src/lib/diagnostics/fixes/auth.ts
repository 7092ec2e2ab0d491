// Fixes for a server that wants an API key, refuses the one sent, or refuses access (401/403), per server kind.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix } from '../types.ts';
import { serverName } from '../server-defaults.ts';
import { tr } from '../../i18n/active-language.ts';

/** Where each server kind takes its key, written when asked (so it follows the active language). */
function keyHelp(kind: ServerKind): string | undefined {
  switch (kind) {
    case 'jan':
      return tr('{server} requires an API key: set one in {place} and enter the same key here.', {
        server: 'Jan',
        place: 'Settings → Local API Server',
      });
    case 'llamacpp':
      return tr('{server} checks keys only when started with {option}; enter that key here.', {
        server: 'llama-server',
        option: '--api-key',
      });
    case 'vllm':
      return tr('{server} checks keys only when started with {option} (or {variable}); enter that key here.', {
        server: 'vLLM',
        option: '--api-key',
        variable: 'VLLM_API_KEY',
      });
    case 'localai':
      return tr('{server} checks keys when {variables} is set; enter one of those keys here.', {
        server: 'LocalAI',
        variables: 'API_KEY / LOCALAI_API_KEY',
      });
    case 'lmstudio':
      return tr('{server} checks keys only when "{setting}" is on in the server settings.', {
        server: 'LM Studio',
        setting: 'Require authentication',
      });
    case 'litellm':
      return tr('The {server} proxy expects its master key or a virtual key created from it.', { server: 'LiteLLM' });
    case 'koboldcpp':
      return tr('{server} checks the key only when started with {option}; enter that password as the key.', {
        server: 'KoboldCpp',
        option: '--password',
      });
    case 'openai':
      return tr('Create a key at {place}, and check the project has access to this model.', {
        place: 'platform.openai.com → API keys',
      });
    case 'openrouter':
      return tr('Create a key at {place}.', { place: 'openrouter.ai → Keys' });
    case 'textgen':
      return tr('{server} checks keys only when started with {option}.', {
        server: 'text-generation-webui',
        option: '--api-key',
      });
    default:
      return undefined;
  }
}

export function authFixes(kind: ServerKind | undefined, status: number, sentKey: boolean): Fix[] {
  const params = { status: String(status) };
  const fixes: Fix[] = [
    {
      title: sentKey ? tr('Check the API key') : tr('Add an API key'),
      text: sentKey
        ? tr(
            'The server refused the key this connection sent (HTTP {status}). Copy it again, without spaces, or create a new one.',
            params,
          )
        : tr(
            'The server wants an API key and this connection sends none (HTTP {status}). Enter the key in the connection settings.',
            params,
          ),
    },
  ];
  const help = kind ? keyHelp(kind) : undefined;
  if (help) fixes.push({ title: tr('{server} and API keys', { server: serverName(kind) }), text: help });
  if (status === 403 && kind === 'jan') {
    fixes.push({
      title: tr("Add this host to {server}'s {setting}", { server: 'Jan', setting: 'Trusted Hosts' }),
      text: 'Settings → Local API Server → Trusted Hosts.',
    });
  }
  if (status === 403 && kind === 'ollama') {
    fixes.push({
      title: tr('A proxy may be answering for {server}', { server: 'Ollama' }),
      text: tr(
        "{server}'s own 403 (origin or host refused) has no CORS headers, so the page could never read it. A readable 403 comes from something else, such as a reverse proxy with its own access rules.",
        { server: 'Ollama' },
      ),
    });
  }
  return fixes;
}

export function quotaFixes(kind: ServerKind | undefined): Fix[] {
  return [
    {
      title: tr('Add credit or raise the limit'),
      text: tr(
        '{server} says the account is out of credit or quota. Check billing and usage limits in its dashboard.',
        { server: serverName(kind) },
      ),
    },
  ];
}
