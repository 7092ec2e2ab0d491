// Ollama-specific fixes: allowing this page's origin with OLLAMA_ORIGINS on each platform, its default
// allow-list, and its Host-header check that rejects custom DNS names pointing at a loopback-bound server.
import type { Fix } from '../types.ts';
import { isIpLiteral, normalizeHostname } from '../address-space.ts';
import { portOr, quote } from './shell.ts';
import { tr } from '../../i18n/active-language.ts';

const DEFAULT_SCHEMES = ['app:', 'file:', 'tauri:', 'vscode-webview:', 'vscode-file:'];

/** Ollama allows these without configuration: http(s) on localhost, 127.0.0.1, 0.0.0.0 (any port), app schemes. */
export function ollamaAllowsByDefault(origin: string): boolean {
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(origin)?.[0].toLowerCase();
  if (scheme && DEFAULT_SCHEMES.includes(scheme)) return true;
  if (scheme !== 'http:' && scheme !== 'https:') return false;
  try {
    return ['localhost', '127.0.0.1', '0.0.0.0'].includes(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/** Names that pass Ollama's Host check when it listens on loopback (its own host name also passes). */
export function ollamaHostPasses(hostname: string): boolean {
  const h = normalizeHostname(hostname);
  if (isIpLiteral(h) || h === 'localhost') return true;
  return ['.localhost', '.local', '.internal'].some((s) => h.endsWith(s));
}

/** OLLAMA_ORIGINS with one command per platform; `origin` is the page origin exactly. */
export function ollamaOriginsFix(origin: string, url: URL): Fix {
  const q = quote(origin);
  const port = portOr(url, 11434);
  const dropIn = '/etc/systemd/system/ollama.service.d/switchboard-origins.conf';
  return {
    title: tr('Allow {origin} in Ollama ({variable})', { origin, variable: 'OLLAMA_ORIGINS' }),
    text: tr(
      "Ollama only answers pages whose origin is on its list. Set {variable} to {origin} and restart Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to Ollama's defaults ({defaults}); to keep other origins you already set, list them all, separated by commas.",
      { variable: 'OLLAMA_ORIGINS', origin, defaults: 'localhost, 127.0.0.1' },
    ),
    commands: [
      {
        label: tr('macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)'),
        command: `launchctl setenv OLLAMA_ORIGINS ${q}`,
        platform: 'macos',
      },
      {
        label: tr('macOS app: restart Ollama'),
        command: `osascript -e 'quit app "Ollama"' && sleep 2 && open -a Ollama`,
        platform: 'macos',
      },
      {
        label: tr('Linux (systemd): add an override and restart (same as {command})', {
          command: 'sudo systemctl edit ollama.service',
        }),
        command:
          `sudo mkdir -p /etc/systemd/system/ollama.service.d && ` +
          `printf '%s\\n' '[Service]' ${quote(`Environment="OLLAMA_ORIGINS=${origin}"`)} | sudo tee ${dropIn} && ` +
          'sudo systemctl daemon-reload && sudo systemctl restart ollama',
        platform: 'linux',
      },
      {
        label: tr('Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu'),
        command: `setx OLLAMA_ORIGINS ${q}`,
        platform: 'windows',
      },
      {
        label: tr('Docker: recreate the container with the variable'),
        command: `docker run -d -e OLLAMA_ORIGINS=${q} -p ${port}:11434 -v ollama:/root/.ollama --name ollama ollama/ollama`,
        platform: 'docker',
      },
      {
        label: tr('Started by hand: stop it, then'),
        command: `OLLAMA_ORIGINS=${q} ollama serve`,
        platform: 'any',
      },
    ],
  };
}

/** When the URL uses a custom host name, Ollama bound to loopback answers 403 (without CORS headers). */
export function ollamaHostCheckFix(url: URL): Fix | undefined {
  if (ollamaHostPasses(url.hostname)) return undefined;
  const port = portOr(url, 11434);
  return {
    title: tr('Use localhost or an IP address instead of {host}', { host: url.hostname }),
    text: tr(
      "When Ollama listens on {address} it refuses requests whose Host is a custom name like {host} (a guard against DNS rebinding). Use {url} or the machine's IP address, or make Ollama listen on all interfaces ({variable}), where this check does not apply.",
      { address: '127.0.0.1', host: url.hostname, url: `http://localhost:${port}`, variable: 'OLLAMA_HOST=0.0.0.0' },
    ),
  };
}
