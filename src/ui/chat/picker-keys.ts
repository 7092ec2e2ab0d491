// What a key does in the model picker's field (a combobox with a list that pops up): pure, so the
// component only carries it out. Closed: arrows, Enter, Space or a typed character open it (the
// character starts the filter). Open: Escape or Alt+ArrowUp closes, Enter chooses the active option,
// arrows and PageUp/PageDown move; every other key edits the filter as usual.

export type PickerKeyAction =
  | { do: 'open'; typed: string }
  | { do: 'close' }
  | { do: 'choose' }
  | { do: 'move'; key: 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' }
  | { do: 'nothing' };

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  isComposing: boolean;
}

/** The action for this key; any action but "nothing" also prevents the key's default. */
export function pickerKey(open: boolean, e: KeyLike): PickerKeyAction {
  if (e.isComposing) return { do: 'nothing' };
  const { key } = e;
  if (!open) {
    const printable = key.length === 1 && key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (printable) return { do: 'open', typed: key };
    if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') return { do: 'open', typed: '' };
    return { do: 'nothing' };
  }
  if (key === 'Escape' || (key === 'ArrowUp' && e.altKey)) return { do: 'close' };
  if (key === 'Enter') return { do: 'choose' };
  if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'PageDown' || key === 'PageUp') return { do: 'move', key };
  return { do: 'nothing' };
}
