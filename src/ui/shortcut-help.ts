// What the "Keyboard shortcuts" dialog lists (keep in step with shortcutFor in shortcuts.ts); loaded with
// the dialog.
export interface ShortcutHelp {
  /** key combinations, each a list of keys pressed together */
  keys: string[][];
  does: string;
}

export const SHORTCUT_HELP: readonly ShortcutHelp[] = [
  {
    keys: [
      ['Ctrl', 'Shift', 'O'],
      ['⌘', 'Shift', 'O'],
    ],
    does: 'New chat',
  },
  {
    keys: [
      ['Ctrl', 'K'],
      ['⌘', 'K'],
    ],
    does: 'Search chats',
  },
  { keys: [['Shift', 'Esc'], ['/']], does: 'Focus the message box' },
  { keys: [['Esc']], does: 'Close the open popover, dialog or edit box; otherwise stop the answer' },
  { keys: [['Enter']], does: 'Send the message (Shift+Enter: new line)' },
  { keys: [['?']], does: 'Show these shortcuts' },
];
