// "No server yet?": short install-and-start steps for Ollama, LM Studio and llama.cpp's llama-server, per
// system where they differ, each ending with the CORS step for this page's exact origin. Pure data.
import type { ServerKind } from '../connections/types.ts';
import type { FixCommand, FixPlatform } from './types.ts';
import { ollamaAllowsByDefault, ollamaOriginsFix } from './fixes/ollama.ts';
import { quote } from './fixes/shell.ts';
import { tr } from '../i18n/active-language.ts';

export type GuidePlatform = Extract<FixPlatform, 'macos' | 'linux' | 'windows'>;

export const GUIDE_PLATFORMS: readonly GuidePlatform[] = ['macos', 'linux', 'windows'];

export interface GuideStep {
  title: string;
  text?: string;
  /** a command whose platform is 'any' (or unset) applies to every system */
  commands: FixCommand[];
}

export interface InstallGuide {
  kind: Extract<ServerKind, 'ollama' | 'lmstudio' | 'llamacpp'>;
  label: string;
  steps: GuideStep[];
}

/** The systems a guide has different commands for; empty when every command works everywhere. */
export function guidePlatforms(guide: InstallGuide): GuidePlatform[] {
  const used = new Set(guide.steps.flatMap((s) => s.commands.map((c) => c.platform ?? 'any')));
  return GUIDE_PLATFORMS.filter((p) => used.has(p));
}

/** The commands of a step shown for one system: its own and those for any system. */
export function commandsFor(step: GuideStep, platform: GuidePlatform | undefined): FixCommand[] {
  return step.commands.filter((c) => {
    const p = c.platform ?? 'any';
    return p === 'any' || platform === undefined || p === platform;
  });
}

/**
 * Ollama allows http(s) localhost/127.0.0.1/0.0.0.0 on any port by default; any other origin must be
 * added to OLLAMA_ORIGINS, set per system as in PROTOCOLS.md §3 (the same commands as the diagnosis fix).
 */
function ollamaGuide(origin: string): InstallGuide {
  const allowed = ollamaAllowsByDefault(origin);
  const cors = ollamaOriginsFix(origin, new URL('http://localhost:11434'));
  const corsCommands = cors.commands?.filter((c) => c.platform !== 'docker' && c.platform !== 'any') ?? [];
  return {
    kind: 'ollama',
    label: 'Ollama',
    steps: [
      {
        title: tr('Install {server}', { server: 'Ollama' }),
        commands: [
          {
            label: tr('macOS: download the app from {site}, or with Homebrew', { site: 'ollama.com' }),
            command: 'brew install ollama',
            platform: 'macos',
          },
          {
            label: tr('Linux: the official install script'),
            command: 'curl -fsSL https://ollama.com/install.sh | sh',
            platform: 'linux',
          },
          {
            label: tr('Windows: the installer from {site}, or with winget', { site: 'ollama.com' }),
            command: 'winget install Ollama.Ollama',
            platform: 'windows',
          },
        ],
      },
      {
        title: tr('Download a small model'),
        text: tr('The app starts the server itself; without the app, run "{command}" in another terminal first.', {
          command: 'ollama serve',
        }),
        commands: [
          {
            label: tr('A small model (about {size} GB)', { size: 1.3 }),
            command: 'ollama pull llama3.2:1b',
            platform: 'any',
          },
        ],
      },
      allowed
        ? {
            title: tr('Allow this page ({origin})', { origin }),
            text: tr('Nothing to do: Ollama allows pages on {localhost} and {loopback} by default.', {
              localhost: 'localhost',
              loopback: '127.0.0.1',
            }),
            commands: [],
          }
        : {
            title: tr('Allow this page ({origin})', { origin }),
            text: tr('Set {variable} to {origin} exactly (no trailing slash), then restart Ollama.', {
              variable: 'OLLAMA_ORIGINS',
              origin,
            }),
            commands: [
              ...corsCommands,
              {
                label: tr('Started by hand instead: stop it, then'),
                command: `OLLAMA_ORIGINS=${quote(origin)} ollama serve`,
                platform: 'any',
              },
            ],
          },
    ],
  };
}

/** LM Studio sends no CORS headers until "Enable CORS" is on (PROTOCOLS.md §4: Server Settings, or --cors). */
function lmStudioGuide(origin: string): InstallGuide {
  return {
    kind: 'lmstudio',
    label: 'LM Studio',
    steps: [
      {
        title: tr('Install {server}', { server: 'LM Studio' }),
        text: tr(
          'Download it from {site} (macOS, Windows, Linux), open it and download a model from its Discover tab.',
          {
            site: 'lmstudio.ai',
          },
        ),
        commands: [],
      },
      {
        title: tr('Start the server and allow this page ({origin})', { origin }),
        text: tr(
          'Developer tab → Server Settings → turn on "Enable CORS", then start the server; without it the browser keeps its answers from this page. From a terminal:',
        ),
        commands: [{ label: tr('Start the server with CORS on'), command: 'lms server start --cors', platform: 'any' }],
      },
    ],
  };
}

/**
 * llama-server reflects any Origin by default, but allows only localhost once --tools, --agent or MCP
 * servers are configured; --cors-origins (LLAMA_ARG_CORS_ORIGINS) names the page (PROTOCOLS.md §4).
 */
function llamaServerGuide(origin: string): InstallGuide {
  return {
    kind: 'llamacpp',
    label: 'llama.cpp',
    steps: [
      {
        title: tr('Install {server}', { server: 'llama.cpp' }),
        commands: [
          { label: tr('macOS: with Homebrew'), command: 'brew install llama.cpp', platform: 'macos' },
          {
            label: tr('Linux: with Homebrew, or a release build from its GitHub page'),
            command: 'brew install llama.cpp',
            platform: 'linux',
          },
          { label: tr('Windows: with winget'), command: 'winget install llama.cpp', platform: 'windows' },
        ],
      },
      {
        title: tr('Start llama-server with a small model, allowing this page ({origin})', { origin }),
        text: tr(
          'It downloads the model on first start. llama-server answers every page by default; {option} keeps this page allowed when tools or agents are turned on.',
          { option: '--cors-origins' },
        ),
        commands: [
          {
            label: tr('Start the server on port {port}', { port: '8080' }),
            command: `llama-server -hf ggml-org/gemma-3-1b-it-GGUF --port 8080 --cors-origins ${quote(origin)}`,
            platform: 'any',
          },
        ],
      },
    ],
  };
}

/** The three guides, for a page whose origin is `origin` (location.origin exactly). */
export function installGuides(origin: string): InstallGuide[] {
  return [ollamaGuide(origin), lmStudioGuide(origin), llamaServerGuide(origin)];
}
