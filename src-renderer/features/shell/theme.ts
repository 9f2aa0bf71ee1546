export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'planner-studio.theme';

/**
 * Applies a theme choice: 'system' follows the OS (the CSS `prefers-color-scheme` rules), the
 * others pin it through `data-theme` on <html>. Remembered across restarts.
 */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', choice);
  try {
    localStorage.setItem(KEY, choice);
  } catch {
    // Storage can be disabled; the choice then lasts for this session only.
  }
}

export function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}
