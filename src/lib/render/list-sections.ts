// The chat list in sections: "Pinned", then one per folder (each can be closed), then "Recent". Each section's
// label takes one row slot of the fixed-pitch windowed list (list-window.ts), so every row keeps the same
// height and its place stays plain arithmetic. Without pinned or foldered chats there are no labels and
// slot = row index. The rows come in list order (summarise.ts listOrder). Pure.

export type ListSlot =
  | { kind: 'label'; key: string; text: string }
  | { kind: 'folder'; key: string; folder: string; count: number; open: boolean }
  | { kind: 'row'; key: string; index: number };

interface Row {
  id: string;
  pinned?: true;
  folder?: string;
}

/** The section a row is listed in: a pinned chat under "Pinned" whatever its folder. */
function sectionOf(row: Row): string {
  if (row.pinned) return 'pinned';
  return row.folder === undefined ? 'rest' : `folder:${row.folder}`;
}

/**
 * Every slot of the list, labels included; the rows of a closed folder take none. `closed` holds the
 * names of closed folders (ignored while `allOpen`, e.g. while searching).
 */
export function listSlots(rows: readonly Row[], closed: ReadonlySet<string>, allOpen = false): ListSlot[] {
  const sections = rows.map(sectionOf);
  if (sections.every((s) => s === 'rest')) return rows.map((row, index) => ({ kind: 'row', key: row.id, index }));
  const counts = new Map<string, number>();
  for (const s of sections) counts.set(s, (counts.get(s) ?? 0) + 1);
  const slots: ListSlot[] = [];
  let current: string | undefined;
  let open = true;
  rows.forEach((row, index) => {
    const section = sections[index] as string;
    if (section !== current) {
      current = section;
      open = true;
      if (section === 'pinned') slots.push({ kind: 'label', key: 'label:pinned', text: 'Pinned' });
      else if (section === 'rest') slots.push({ kind: 'label', key: 'label:rest', text: 'Recent' });
      else {
        const folder = row.folder as string;
        open = allOpen || !closed.has(folder);
        slots.push({ kind: 'folder', key: `label:${section}`, folder, count: counts.get(section) ?? 0, open });
      }
    }
    if (open) slots.push({ kind: 'row', key: row.id, index });
  });
  return slots;
}

/** The slot of the row with id `id`, or undefined when it has none (a closed folder's). */
export function slotOfRow(slots: readonly ListSlot[], id: string): number | undefined {
  const at = slots.findIndex((s) => s.kind === 'row' && s.key === id);
  return at < 0 ? undefined : at;
}
