// Ollama-specific fixes: allowing this page's origin with OLLAMA_ORIGINS on each platform, its default
// allow-list, and its Host-header check that rejects custom DNS names pointing at a loopback-bound server.
import type { Fix } from '../types.ts';
import { isIpLiteral, normalizeHostname } from '../address-space.ts';
import { portOr, quote } from './shell.ts';

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
    title: `Allow ${origin} in Ollama (OLLAMA_ORIGINS)`,
    text:
      `Ollama only answers pages whose origin is on its list. Set OLLAMA_ORIGINS to ${origin} and restart ` +
      'Ollama. Copy the origin exactly: scheme, host and port, no trailing slash. Your entries are added to ' +
      "Ollama's defaults (localhost, 127.0.0.1); to keep other origins you already set, list them all, " +
      'separated by commas.',
    commands: [
      {
        label: 'macOS app: set the variable, then quit and reopen Ollama (lasts until reboot)',
        command: `launchctl setenv OLLAMA_ORIGINS ${q}`,
        platform: 'macos',
      },
      {
        label: 'macOS app: restart Ollama',
        command: `osascript -e 'quit app "Ollama"' && sleep 2 && open -a Ollama`,
        platform: 'macos',
      },
      {
        label: 'Linux (systemd): add an override and restart (same as `sudo systemctl edit ollama.service`)',
        command:
          `sudo mkdir -p /etc/systemd/system/ollama.service.d && ` +
          `printf '%s\\n' '[Service]' ${quote(`Environment="OLLAMA_ORIGINS=${origin}"`)} | sudo tee ${dropIn} && ` +
          'sudo systemctl daemon-reload && sudo systemctl restart ollama',
        platform: 'linux',
      },
      {
        label: 'Windows: quit Ollama from the tray, run this, then start Ollama from the Start menu',
        command: `setx OLLAMA_ORIGINS ${q}`,
        platform: 'windows',
      },
      {
        label: 'Docker: recreate the container with the variable',
        command: `docker run -d -e OLLAMA_ORIGINS=${q} -p ${port}:11434 -v ollama:/root/.ollama --name ollama ollama/ollama`,
        platform: 'docker',
      },
      {
        label: 'Started by hand: stop it, then',
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
    title: `Use localhost or an IP address instead of ${url.hostname}`,
    text:
      `When Ollama listens on 127.0.0.1 it refuses requests whose Host is a custom name like ${url.hostname} ` +
      `(a guard against DNS rebinding). Use http://localhost:${port} or the machine's IP address, or make ` +
      'Ollama listen on all interfaces (OLLAMA_HOST=0.0.0.0), where this check does not apply.',
  };
}
