// Playwright fixtures: per-test loopback LLM servers (`openai`, `ollama`, `startServer`) and extra
// static app servers on foreign origins (`startAppServer`). Everything started here is closed after
// the test. Import { test, expect } from this file instead of '@playwright/test'.
import { test as base, expect } from '@playwright/test';
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from '../servers/openai-server.ts';
import { startOllamaServer, type OllamaServer, type OllamaServerOptions } from '../servers/ollama-server.ts';
import { startStaticServer, type StaticServer, type StaticServerOptions } from '../servers/static-server.ts';

export { expect };
export type { OpenAIServer, OllamaServer, StaticServer };
export type { RecordedRequest } from '../servers/server-core.ts';

/** The app served by playwright.config.ts's webServer (the page's origin in most tests). */
export const APP_PORT = Number(process.env['E2E_APP_PORT'] ?? 4173);
export const APP_PREFIX = '/switchboard/';
export const APP_ORIGIN = `http://localhost:${APP_PORT}`;
export const APP_URL = `${APP_ORIGIN}${APP_PREFIX}`;

export type ServerKind = 'openai' | 'ollama';
export type ServerOptionsFor<K extends ServerKind> = K extends 'openai' ? OpenAIServerOptions : OllamaServerOptions;
export type ServerFor<K extends ServerKind> = K extends 'openai' ? OpenAIServer : OllamaServer;

export interface AppServerOptions {
  https?: boolean;
  /** Default 0 (a free port). */
  port?: number;
  /** Default '/switchboard/'. */
  prefix?: string;
  /** Host name used in `url`/`origin` (default 'app.test'; any *.test name maps to 127.0.0.1). */
  hostname?: string;
  headers?: StaticServerOptions['headers'];
  /** Default true; false serves without the build's `_headers` (no CSP frame-ancestors, no X-Frame-Options). */
  headersFile?: boolean;
  /** Directory to serve (default dist/). */
  root?: string;
}

export interface AppServer extends StaticServer {
  /** e.g. http://app.test:<port>/switchboard/ or https://app.test:<port>/switchboard/ */
  url: string;
  /** e.g. http://app.test:<port> — what the servers see as Origin. */
  origin: string;
}

export interface ServerFixtures {
  /** An OpenAI-compatible (llama-server-like) server on a random loopback port; base URL = openai.baseUrl. */
  openai: OpenAIServer;
  /** An Ollama server on a random loopback port; base URL = ollama.url. */
  ollama: OllamaServer;
  /** Start more servers (e.g. rootPath, requireKey, a second one); closed after the test. */
  startServer: <K extends ServerKind>(kind: K, options?: ServerOptionsFor<K>) => Promise<ServerFor<K>>;
  /** Serve dist/ again on a foreign origin (another host name, port and/or https); closed after the test. */
  startAppServer: (options?: AppServerOptions) => Promise<AppServer>;
}

export const test = base.extend<ServerFixtures>({
  startServer: async ({}, use) => {
    const started: Array<{ close(): Promise<void> }> = [];
    const start = async <K extends ServerKind>(kind: K, options?: ServerOptionsFor<K>): Promise<ServerFor<K>> => {
      const server =
        kind === 'openai'
          ? await startOpenAIServer(options as OpenAIServerOptions | undefined)
          : await startOllamaServer(options as OllamaServerOptions | undefined);
      started.push(server);
      return server as ServerFor<K>;
    };
    await use(start);
    await Promise.all(started.map((s) => s.close()));
  },
  openai: async ({ startServer }, use) => {
    await use(await startServer('openai'));
  },
  ollama: async ({ startServer }, use) => {
    await use(await startServer('ollama'));
  },
  startAppServer: async ({}, use) => {
    const started: StaticServer[] = [];
    await use(async (options: AppServerOptions = {}) => {
      const server = await startStaticServer({
        https: options.https ?? false,
        port: options.port ?? 0,
        prefix: options.prefix ?? APP_PREFIX,
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.headersFile === false ? { headersFile: false } : {}),
        ...(options.root ? { root: options.root } : {}),
      });
      started.push(server);
      const url = server.urlWithHost(options.hostname ?? 'app.test');
      return { ...server, url, origin: new URL(url).origin };
    });
    await Promise.all(started.map((s) => s.close()));
  },
});
