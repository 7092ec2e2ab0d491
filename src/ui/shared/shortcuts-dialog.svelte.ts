// Whether the "Keyboard shortcuts" dialog is open: set by its button in the top bar and by the "?" key.
class ShortcutsDialog {
  open = $state(false);
}

export const shortcutsDialog = new ShortcutsDialog();
