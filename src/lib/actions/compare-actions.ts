// What the Compare view invokes besides running: Continue with this answer (a new chat), delete with
// undo, rename, export (CSV, JSON) and import of comparison files.
import type { QueryClient } from '@tanstack/svelte-query';
import { renamed, summariseComparison } from '../compare/comparison.ts';
import { COMPARISON_FILE_FORMAT, comparisonCsv, comparisonJson, fileNameFor } from '../compare/export.ts';
import { comparisonToConversation } from '../compare/to-conversation.ts';
import type { Comparison } from '../compare/types.ts';
import type { Conversation } from '../conversation/types.ts';
import { readComparisonFile } from '../transfer/comparisons-backup.ts';
import {
  deleteComparison,
  getComparison,
  putComparison,
  replayComparisonJournal,
} from '../storage/comparisons-repo.ts';
import { invalidateChats } from '../queries/chats-queries.ts';
import { announceComparison } from '../queries/comparisons-queries.ts';
import { isRecord } from '../util/is-record.ts';
import { newId } from '../util/new-id.ts';
import { tr } from '../i18n/active-language.ts';

/**
 * Makes a chat of the comparison with `columnId`'s answer chosen; resolves to the chat's id. `save` is the
 * chat session's (restoreConversation), which writes it and tells the other tabs.
 */
export async function continueWithAnswer(
  client: QueryClient,
  save: (conv: Conversation) => Promise<void>,
  c: Comparison,
  columnId: string,
): Promise<string> {
  const conv = comparisonToConversation(c, columnId, {
    convId: newId(),
    userId: newId(),
    newId,
    now: Date.now(),
  });
  await save(conv);
  await invalidateChats(client);
  return conv.id;
}

/** Deletes a comparison; returns the stored copy for an undo. */
export async function removeComparison(client: QueryClient, id: string): Promise<Comparison | undefined> {
  const copy = await getComparison(id);
  await deleteComparison(id);
  announceComparison(client, id, null);
  return copy;
}

export async function restoreComparison(client: QueryClient, copy: Comparison): Promise<void> {
  announceComparison(client, copy.id, summariseComparison(await putComparison(copy)));
}

export async function renameComparison(client: QueryClient, id: string, title: string): Promise<void> {
  const stored = await getComparison(id);
  if (!stored) return;
  announceComparison(client, id, summariseComparison(await putComparison(renamed(stored, title, Date.now()))));
}

export function comparisonFiles(c: Comparison) {
  return {
    csv: { name: fileNameFor(c, 'csv'), text: comparisonCsv(c), type: 'text/csv' },
    json: { name: fileNameFor(c, 'json'), text: comparisonJson(c, Date.now()) },
  };
}

/** Imports a comparison file (as exported); resolves to a message for the page. */
export async function importComparisonFile(client: QueryClient, text: string): Promise<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return tr('That file is not JSON.');
  }
  if (!isRecord(parsed) || parsed['format'] !== COMPARISON_FILE_FORMAT)
    return tr('That file is not a Switchboard comparison.');
  // checked like a backup's comparisons: columns, runs, and each column's overrides
  const read = readComparisonFile(parsed['comparison']);
  if (!read.ok) return tr('That comparison file cannot be read: {problem}', { problem: read.error });
  const c = read.value;
  announceComparison(client, c.id, summariseComparison(await putComparison(c)));
  return tr('Imported the comparison “{title}”.', { title: c.title });
}

/** A stored comparison (undefined when absent or unreadable). */
export function loadComparison(id: string): Promise<Comparison | undefined> {
  return getComparison(id);
}

/** Merges the journals closed tabs left (never rejects). */
export function replayComparisons(): Promise<void> {
  return replayComparisonJournal().catch(() => undefined);
}
