// What Settings does with a full backup: gather everything into one file, and restore one after
// checking its size (before reading it) and its whole content (before writing anything).
import type { QueryClient } from '@tanstack/svelte-query';
import { backupToJson, buildBackup, checkBackupSize, parseBackup } from '../transfer/full-backup.ts';
import { restoreBackup, type RestoreResult } from '../transfer/restore.ts';
import { visibleName } from '../connections/visible-name.ts';
import { createChatsChannel } from '../storage/chats-channel.ts';
import { getAllConversations } from '../storage/chats-repo.ts';
import { listConnections } from '../storage/connections-repo.ts';
import { classifyStorageError } from '../storage/storage-errors.ts';
import { invalidateChats } from '../queries/chats-queries.ts';
import { announceConnectionsChanged } from '../queries/connections-queries.ts';
import { allComparisons } from '../storage/comparisons-repo.ts';
import { announceComparison } from '../queries/comparisons-queries.ts';
import { importSummary } from '../transfer/skipped-entries.ts';

export { MAX_BACKUP_BYTES } from '../transfer/full-backup.ts';

export async function fullBackupJson(includeKeys: boolean, now: number = Date.now()): Promise<string> {
  const [connections, conversations, comparisons] = await Promise.all([
    listConnections(),
    getAllConversations(),
    allComparisons(),
  ]);
  return backupToJson(buildBackup(connections, conversations, now, includeKeys, comparisons));
}

/** The full backup as a file to download, named for the day it was made. */
export async function fullBackupFile(
  includeKeys: boolean,
  now: number = Date.now(),
): Promise<{ name: string; text: string }> {
  const name = `switchboard-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
  return { name, text: await fullBackupJson(includeKeys, now) };
}

/** The parts of a File that restoring needs (size first, so a huge file is never read). */
export interface BackupFile {
  size: number;
  text(): Promise<string>;
}

export type RestoreOutcome = { ok: true; message: string } | { ok: false; error: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The comparisons' part of the message, like a chats import's: what was taken, kept, and skipped (and why). */
export function comparisonsMessage(result: RestoreResult, skipped: readonly string[]): string {
  const { added, updated, kept } = result.comparisons;
  const total = added + updated + kept + skipped.length;
  if (total === 0) return '';
  const summary = importSummary('comparisons', { imported: added + updated, total, present: kept, invalid: skipped });
  return updated > 0 ? `${summary} ${plural(updated, 'comparison')} updated from a newer copy.` : summary;
}

/** What the user reads after a restore: what was added, what was left as it was, and every key not kept. */
export function restoreMessage(result: RestoreResult, includesKeys: boolean, skipped: readonly string[] = []): string {
  const dropped = result.droppedKeys.length > 0;
  const keys = includesKeys
    ? ' (with API keys)'
    : dropped
      ? ' (without API keys)'
      : ' (without API keys: stored keys were kept)';
  const existing = result.conversations - result.addedChats;
  const parts = [
    `Restored ${plural(result.connections, 'connection')}${keys} and ${plural(result.addedChats, 'new chat')}.`,
  ];
  if (existing > 0) {
    parts.push(`${plural(existing, 'chat')} already here: ${plural(result.addedMessages, 'message')} added.`);
  }
  if (result.keptMessages > 0 || result.keptChats > 0) {
    const kept = [
      ...(result.keptMessages > 0 ? [plural(result.keptMessages, 'message')] : []),
      ...(result.keptChats > 0 ? [`the title or settings of ${plural(result.keptChats, 'chat')}`] : []),
    ];
    parts.push(`Left unchanged because the file differs: ${kept.join(' and ')}.`);
  }
  for (const { name, origin } of result.droppedKeys) {
    parts.push(`The key of ${visibleName(name)} was not kept: its address changed to ${origin}.`);
  }
  const comparisons = comparisonsMessage(result, skipped);
  if (comparisons) parts.push(comparisons);
  return parts.join(' ');
}

export async function restoreFromFile(client: QueryClient, file: BackupFile): Promise<RestoreOutcome> {
  const tooBig = checkBackupSize(file.size);
  if (tooBig) return { ok: false, error: tooBig };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'This file could not be read. Nothing was changed.' };
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    const result = await restoreBackup(parsed.backup);
    const channel = createChatsChannel();
    for (const conv of parsed.backup.conversations) channel.post({ type: 'changed', id: conv.id });
    channel.close();
    for (const c of parsed.backup.comparisons) announceComparison(client, c.id);
    await Promise.all([announceConnectionsChanged(client), invalidateChats(client)]);
    return { ok: true, message: restoreMessage(result, parsed.backup.includes_api_keys, parsed.skippedComparisons) };
  } catch (error) {
    const problem = classifyStorageError(error);
    return { ok: false, error: `Restoring failed and was undone: ${problem.what} Nothing was changed.` };
  }
}
