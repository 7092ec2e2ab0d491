// English, the source language: every other catalogue translates these keys.
export const en = {
  'nav.main': 'Main',
  'nav.chat': 'Chat',
  'nav.settings': 'Settings',
  'nav.home': 'Switchboard home',
  'nav.shortcuts': 'Keyboard shortcuts',
  'settings.loading': 'Loading Settings…',
  'settings.loadFailed': 'Settings could not be loaded: {error}. Reload the page to try again.',
} as const;
