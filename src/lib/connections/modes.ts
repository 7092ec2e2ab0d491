// The API modes a connection can speak: the one list every door (form, files, stored records) checks against.

export const CONNECTION_MODES = ['openai', 'ollama', 'openai_compatible', 'browser'] as const;

export type ConnectionMode = (typeof CONNECTION_MODES)[number];

export function isConnectionMode(value: unknown): value is ConnectionMode {
  return (CONNECTION_MODES as readonly unknown[]).includes(value);
}

/**
 * The base URL every 'browser' connection (a model running in this page, no server) stores. A `.invalid`
 * host can never resolve, so a code path that fetched it anyway would fail without reaching anyone.
 */
export const BROWSER_BASE_URL = 'http://this-browser.invalid';
