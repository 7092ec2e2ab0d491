// Light/dark/system theme; the choice is a trivial UI preference, so it lives in localStorage.

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'switchboard:theme';

class Theme {
  choice = $state<ThemeChoice>(read());

  set(choice: ThemeChoice): void {
    this.choice = choice;
    localStorage.setItem(KEY, choice);
    apply(choice);
  }
}

function read(): ThemeChoice {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export const theme = new Theme();
apply(theme.choice);
