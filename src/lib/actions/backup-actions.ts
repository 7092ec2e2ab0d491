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
import { tr } from '../i18n/active-language.ts';

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

const messages = (count: number) => tr({ one: '{count} message', other: '{count} messages' }, { count });

/** The comparisons' part of the message, like a chats import's: what was taken, kept, and skipped (and why). */
export function comparisonsMessage(result: RestoreResult, skipped: readonly string[]): string {
  const { added, updated, kept } = result.comparisons;
  const total = added + updated + kept + skipped.length;
  if (total === 0) return '';
  const summary = importSummary('comparisons', { imported: added + updated, total, present: kept, invalid: skipped });
  if (updated === 0) return summary;
  const more = tr(
    { one: '{count} comparison updated from a newer copy.', other: '{count} comparisons updated from a newer copy.' },
    { count: updated },
  );
  return `${summary} ${more}`;
}

/** "Restored 2 connections (with API keys) and 1 new chat." */
function restoredLine(result: RestoreResult, includesKeys: boolean): string {
  const params = {
    connections: tr({ one: '{count} connection', other: '{count} connections' }, { count: result.connections }),
    chats: tr({ one: '{count} new chat', other: '{count} new chats' }, { count: result.addedChats }),
  };
  if (includesKeys) return tr('Restored {connections} (with API keys) and {chats}.', params);
  if (result.droppedKeys.length > 0) return tr('Restored {connections} (without API keys) and {chats}.', params);
  return tr('Restored {connections} (without API keys: stored keys were kept) and {chats}.', params);
}

/** What a restore left as it was because the file's copy differs; '' when nothing. */
function keptLine(result: RestoreResult): string {
  const { keptMessages, keptChats } = result;
  if (keptMessages > 0 && keptChats > 0) {
    return tr(
      {
        one: 'Left unchanged because the file differs: {messages} and the title or settings of {count} chat.',
        other: 'Left unchanged because the file differs: {messages} and the title or settings of {count} chats.',
      },
      { messages: messages(keptMessages), count: keptChats },
    );
  }
  if (keptMessages > 0)
    return tr('Left unchanged because the file differs: {messages}.', { messages: messages(keptMessages) });
  if (keptChats === 0) return '';
  return tr(
    {
      one: 'Left unchanged because the file differs: the title or settings of {count} chat.',
      other: 'Left unchanged because the file differs: the title or settings of {count} chats.',
    },
    { count: keptChats },
  );
}

/** What the user reads after a restore: what was added, what was left as it was, and every key not kept. */
export function restoreMessage(result: RestoreResult, includesKeys: boolean, skipped: readonly string[] = []): string {
  const existing = result.conversations - result.addedChats;
  const parts = [restoredLine(result, includesKeys)];
  if (existing > 0) {
    parts.push(
      tr(
        { one: '{count} chat already here: {messages} added.', other: '{count} chats already here: {messages} added.' },
        { count: existing, messages: messages(result.addedMessages) },
      ),
    );
  }
  const kept = keptLine(result);
  if (kept) parts.push(kept);
  for (const { name, origin } of result.droppedKeys) {
    parts.push(
      tr('The key of {name} was not kept: its address changed to {origin}.', { name: visibleName(name), origin }),
    );
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
    return { ok: false, error: tr('This file could not be read. Nothing was changed.') };
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
    return {
      ok: false,
      error: tr('Restoring failed and was undone: {problem} Nothing was changed.', { problem: problem.what }),
    };
  }
}
