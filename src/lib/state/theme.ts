/** The reader's colour choice: follow the system, or force one. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'timeline-theme';

/** A stored choice, or 'system'; storage may be blocked (sandboxed embeds), which counts as no choice. */
export function readThemeChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Applies a choice to the page and remembers it where storage allows. */
export function applyThemeChoice(choice: ThemeChoice, remember = true): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
  if (!remember) return;
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}
