import fs from 'node:fs';
import path from 'node:path';
import type { MenuTheme } from './menu';

const THEMES: readonly MenuTheme[] = ['system', 'light', 'dark'];

/**
 * The theme last picked in View > Theme. The page keeps its own copy (it applies the theme before
 * any IPC); this one lets the menu start with the right radio item checked. Missing or damaged:
 * "system", never fatal.
 */
export function loadThemeChoice(file: string): MenuTheme {
  try {
    const value = (JSON.parse(fs.readFileSync(file, 'utf8')) as { theme?: unknown }).theme;
    return THEMES.find((t) => t === value) ?? 'system';
  } catch {
    return 'system';
  }
}

export function saveThemeChoice(file: string, theme: MenuTheme): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ theme }));
  fs.renameSync(temp, file);
}
