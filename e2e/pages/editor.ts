import { expect, type Page } from '@playwright/test';

/**
 * Drives the Monaco editor like a person: go to a line (Ctrl+G), select it, type over it.
 * Typing keeps Monaco's own change events, so the app sees real edits.
 */
export async function replaceEditorLine(page: Page, lineNumber: number, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await expect(input).toBeVisible();
  // The go-to-line box starts with ':'; typing keeps it.
  await page.keyboard.type(String(lineNumber));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(text);
}

/** The 1-based number of the first line of `toml` that starts with `prefix`. */
export function lineOf(toml: string, prefix: string): number {
  const index = toml.split('\n').findIndex((line) => line.startsWith(prefix));
  if (index < 0) throw new Error(`No line starts with ${prefix}`);
  return index + 1;
}

/** The editor's text as Monaco renders it (visible lines only). */
export function editorLines(page: Page) {
  return page.locator('.monaco-editor .view-lines').first();
}
