// Fixes for a server that allows this page's origin but rejects the preflight for our real request headers
// (cors-preflight), per server kind.
import type { ServerKind } from '../../connections/types.ts';
import type { Fix, FixCommand } from '../types.ts';
import { tr } from '../../i18n/active-language.ts';

function one(title: string, text: string, commands?: FixCommand[]): Fix {
  return commands ? { title, text, commands } : { title, text };
}

/** The server allows this origin for simple requests but rejects the preflight for our headers. */
export function corsPreflightFixes(
  kind: ServerKind | undefined,
  origin: string,
  sentHeaders: string[],
  hasApiKey: boolean,
): Fix[] {
  const names = sentHeaders.length ? sentHeaders.join(', ') : 'Content-Type';
  const fixes: Fix[] = [];
  if (hasApiKey && kind !== 'openai' && kind !== 'openrouter' && kind !== 'jan') {
    fixes.push(
      one(
        tr('Remove the API key if this server does not need one'),
        tr(
          'Sending an API key adds the Authorization header, which needs a preflight. If the server has no key set, clear the key in this connection.',
        ),
      ),
    );
  }
  const allowHeaders = tr('Allow the request headers {headers} for {origin}', { headers: names, origin });
  switch (kind) {
    case 'llamacpp':
      fixes.push(
        one(
          allowHeaders,
          tr('llama-server narrows the allowed headers with {option}; include these:', { option: '--cors-headers' }),
          [
            {
              label: tr('Add to your llama-server command'),
              command: 'llama-server -m model.gguf --cors-headers authorization,content-type',
              platform: 'any',
            },
          ],
        ),
      );
      break;
    case 'vllm':
      fixes.push(
        one(
          allowHeaders,
          tr('vLLM narrows the allowed headers and methods with {headers} / {methods}:', {
            headers: '--allowed-headers',
            methods: '--allowed-methods',
          }),
          [
            {
              label: tr('vLLM takes JSON lists'),
              command: `vllm serve <model> --allowed-headers '["Authorization","Content-Type"]' --allowed-methods '["GET","POST","OPTIONS"]'`,
              platform: 'any',
            },
          ],
        ),
      );
      break;
    case 'litellm':
      fixes.push(
        one(
          allowHeaders,
          tr('Set {headers} and {methods}, then restart the proxy:', {
            headers: 'LITELLM_CORS_ALLOW_HEADERS',
            methods: 'LITELLM_CORS_ALLOW_METHODS',
          }),
          [
            {
              label: tr('Start LiteLLM with'),
              command: `LITELLM_CORS_ALLOW_HEADERS="Authorization,Content-Type" LITELLM_CORS_ALLOW_METHODS="GET,POST,OPTIONS" litellm --config config.yaml`,
              platform: 'any',
            },
          ],
        ),
      );
      break;
    case 'ollama':
      fixes.push(
        one(
          allowHeaders,
          tr(
            'Ollama accepts Authorization and Content-Type in preflights, so a proxy in front of it is probably rejecting the OPTIONS request; let OPTIONS through.',
          ),
        ),
      );
      break;
    default:
      fixes.push(
        one(
          allowHeaders,
          tr(
            'The server (or a proxy in front of it) must answer OPTIONS with a 2xx status, without a redirect, and with "{header}".',
            { header: `Access-Control-Allow-Headers: ${names}` },
          ),
        ),
      );
  }
  fixes.push(
    one(
      tr('Avoid redirects'),
      tr(
        'A preflight that gets a redirect (http → https, or an added or removed trailing slash) always fails. Use the exact final URL as the base URL.',
      ),
    ),
  );
  return fixes;
}
