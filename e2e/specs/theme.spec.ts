import { expect, test } from '../fixtures/studio';

test('a theme pinned over the OS scheme (View > Theme) recolours the editor too', async ({ studio }) => {
  const { page } = studio;
  await page.emulateMedia({ colorScheme: 'light' });
  const editor = page.locator('.monaco-editor').first();
  await expect(editor).toHaveClass(/(^|\s)vs(\s|$)/);
  // What the menu command does: pin the theme on <html>.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expect(editor).toHaveClass(/vs-dark/);
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  await expect(editor).not.toHaveClass(/vs-dark/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(editor).toHaveClass(/vs-dark/);
});
