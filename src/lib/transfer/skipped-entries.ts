// How an import names the entries it did not take: "Imported 1 of 3 chats: 2 were not valid (entry 2 is
// not an object; entry 3.title must be text)", at most a few reasons, so a huge bad file gives a short line.

const SHOWN = 5;

/** The reasons, joined; beyond the first few only counted. */
export function listReasons(reasons: readonly string[]): string {
  const shown = reasons.slice(0, SHOWN).map((r) => r.replace(/\.$/, ''));
  const more = reasons.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

const were = (n: number) => (n === 1 ? 'was' : 'were');

/**
 * "Imported 2 chats." when every entry was taken; otherwise "Imported 1 of 3 chats: 1 was already here;
 * 1 was not valid (entry 3.title must be text)."; "0 imported: 3 were already here." when none was taken.
 * `what` is the plural noun.
 */
export function importSummary(
  what: string,
  counts: { imported: number; total: number; present: number; invalid: readonly string[] },
): string {
  const { imported, total, present, invalid } = counts;
  const noun = (n: number) => (n === 1 ? what.replace(/s$/, '') : what);
  if (total === 0) return `The file holds no ${what}.`;
  if (imported === total) return `Imported ${imported} ${noun(imported)}.`;
  const parts: string[] = [];
  if (present > 0) parts.push(`${present} ${were(present)} already here`);
  if (invalid.length > 0) parts.push(`${invalid.length} ${were(invalid.length)} not valid (${listReasons(invalid)})`);
  // "Imported 0 of 3" reads like a failure to import: say what happened instead
  if (imported === 0) return `0 imported: ${parts.join('; ')}.`;
  return `Imported ${imported} of ${total} ${noun(total)}: ${parts.join('; ')}.`;
}
