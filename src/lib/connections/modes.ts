// The API modes a connection can speak: the one list every door (form, files, stored records) checks against.

export const CONNECTION_MODES = ['openai', 'ollama', 'openai_compatible'] as const;

export type ConnectionMode = (typeof CONNECTION_MODES)[number];

export function isConnectionMode(value: unknown): value is ConnectionMode {
  return (CONNECTION_MODES as readonly unknown[]).includes(value);
}
