// Light/dark/system theme; the choice is a trivial UI preference, so it lives in localStorage (when the
// browser lets the page use it: blocked storage means the theme is not remembered, nothing more).
import { readPreference, writePreference } from '../lib/util/preferences.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'switchboard:theme';

class Theme {
  choice = $state<ThemeChoice>(read());

  set(choice: ThemeChoice): void {
    this.choice = choice;
    writePreference(KEY, choice);
    apply(choice);
  }
}

function read(): ThemeChoice {
  const v = readPreference(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export const theme = new Theme();
apply(theme.choice);
