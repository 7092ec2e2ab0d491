// How an import names the entries it did not take: "Imported 1 of 3 chats: 2 were not valid (entry 2 is
// not an object; entry 3.title must be text)", at most a few reasons, so a huge bad file gives a short line.
// Written in the active language: one whole message per case, the reasons (a list) as a placeholder.
import { tr } from '../i18n/active-language.ts';

const SHOWN = 5;

/** The reasons, joined; beyond the first few only counted. */
export function listReasons(reasons: readonly string[]): string {
  const shown = reasons.slice(0, SHOWN).map((r) => r.replace(/\.$/, ''));
  const more = reasons.length - shown.length;
  if (more === 0) return shown.join('; ');
  return tr(
    { one: '{reasons}; and {count} more', other: '{reasons}; and {count} more' },
    {
      reasons: shown.join('; '),
      count: more,
    },
  );
}

export type ImportedKind = 'chats' | 'connections' | 'comparisons';

/** What was not taken: "1 was already here; 2 were not valid (…)". */
function notTaken(present: number, invalid: readonly string[]): string {
  const here = tr({ one: '{count} was already here', other: '{count} were already here' }, { count: present });
  if (invalid.length === 0) return here;
  const params = { count: invalid.length, reasons: listReasons(invalid) };
  const bad = tr({ one: '{count} was not valid ({reasons})', other: '{count} were not valid ({reasons})' }, params);
  return present === 0 ? bad : `${here}; ${bad}`;
}

function noneInFile(kind: ImportedKind): string {
  if (kind === 'chats') return tr('The file holds no chats.');
  if (kind === 'connections') return tr('The file holds no connections.');
  return tr('The file holds no comparisons.');
}

function allImported(kind: ImportedKind, count: number): string {
  if (kind === 'chats') return tr({ one: 'Imported {count} chat.', other: 'Imported {count} chats.' }, { count });
  if (kind === 'connections')
    return tr({ one: 'Imported {count} connection.', other: 'Imported {count} connections.' }, { count });
  return tr({ one: 'Imported {count} comparison.', other: 'Imported {count} comparisons.' }, { count });
}

function someImported(kind: ImportedKind, imported: number, total: number, details: string): string {
  const params = { imported, count: total, details };
  if (kind === 'chats')
    return tr(
      {
        one: 'Imported {imported} of {count} chat: {details}.',
        other: 'Imported {imported} of {count} chats: {details}.',
      },
      params,
    );
  if (kind === 'connections')
    return tr(
      {
        one: 'Imported {imported} of {count} connection: {details}.',
        other: 'Imported {imported} of {count} connections: {details}.',
      },
      params,
    );
  return tr(
    {
      one: 'Imported {imported} of {count} comparison: {details}.',
      other: 'Imported {imported} of {count} comparisons: {details}.',
    },
    params,
  );
}

/**
 * "Imported 2 chats." when every entry was taken; otherwise "Imported 1 of 3 chats: 1 was already here;
 * 1 was not valid (entry 3.title must be text)."; "0 imported: 3 were already here." when none was taken.
 */
export function importSummary(
  kind: ImportedKind,
  counts: { imported: number; total: number; present: number; invalid: readonly string[] },
): string {
  const { imported, total, present, invalid } = counts;
  if (total === 0) return noneInFile(kind);
  if (imported === total) return allImported(kind, imported);
  const details = notTaken(present, invalid);
  // "Imported 0 of 3" reads like a failure to import: say what happened instead
  if (imported === 0) return tr('0 imported: {details}.', { details });
  return someImported(kind, imported, total, details);
}
