// What the "Keyboard shortcuts" dialog lists (keep in step with shortcutFor in shortcuts.ts); loaded with
// the dialog.
import { t } from './i18n.svelte.ts';

export interface ShortcutHelp {
  /** key combinations, each a list of keys pressed together */
  keys: string[][];
  does: string;
}

/** Called at render time, so the list follows the interface language. */
export const shortcutHelp = (): readonly ShortcutHelp[] => [
  {
    keys: [
      ['Ctrl', 'Shift', 'O'],
      ['⌘', 'Shift', 'O'],
    ],
    does: t('New chat'),
  },
  {
    keys: [
      ['Ctrl', 'K'],
      ['⌘', 'K'],
    ],
    does: t('Search chats'),
  },
  { keys: [['Shift', 'Esc'], ['/']], does: t('Focus the message box') },
  { keys: [['Esc']], does: t('Close the open popover, dialog or edit box; otherwise stop the answer') },
  { keys: [['Enter']], does: t('Send the message (Shift+Enter: new line)') },
  { keys: [['?']], does: t('Show these shortcuts') },
];
