// Folders: a chat sits in at most one folder, named in its record (`folder`), so a folder travels with its
// chats to every tab, export and backup, and exists while it holds a chat (no empty folders to keep in
// step). Versioned with the other conversation-level fields by meta_rev (the caller bumps it). Pure.
import type { Conversation } from './types.ts';

export const FOLDER_NAME_MAX_CHARS = 60;

/** A folder name as typed: one line, trimmed, capped; undefined when nothing is left. */
export function cleanFolderName(text: string): string | undefined {
  const flat = Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, FOLDER_NAME_MAX_CHARS).join('').trim();
  return flat === '' ? undefined : flat;
}

/** Whether a stored or imported value is a usable folder name. */
export function isFolderName(value: unknown): value is string {
  return typeof value === 'string' && cleanFolderName(value) === value;
}

/** `conv` in folder `folder` (undefined: in none); updated_at stays, so moving does not make a chat newer. */
export function setFolder(conv: Conversation, folder: string | undefined): Conversation {
  if (conv.folder === folder) return conv;
  if (folder !== undefined) return { ...conv, folder };
  const { folder: _dropped, ...rest } = conv;
  return rest;
}

/** The folders some of `rows` are in, sorted by name. */
export function folderNames(rows: readonly { folder?: string }[]): string[] {
  const names = new Set<string>();
  for (const row of rows) if (row.folder !== undefined) names.add(row.folder);
  return [...names].sort(compareFolders);
}

export function compareFolders(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
