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

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(fg: string, bg: string): number {
  const lum = (css: string) => {
    const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('primary buttons stay readable (WCAG AA text contrast) in the light and the dark theme', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Compare' }).click();
  const button = page.getByRole('button', { name: 'Run comparison' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { color, background } = await button.evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor };
    });
    expect(contrast(color, background), `${scheme}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('warning text (dry-run warnings) stays readable in the light and the dark theme', async ({ studio }) => {
  const { page } = studio;
  const warnings = page.getByRole('list', { name: 'Dry-run warnings' });
  await expect(warnings).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { color, background } = await warnings.evaluate((el) => {
      let bg = 'rgba(0, 0, 0, 0)';
      for (let node: Element | null = el; node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); node = node.parentElement) bg = getComputedStyle(node).backgroundColor;
      return { color: getComputedStyle(el).color, background: bg };
    });
    expect(contrast(color, background), `${scheme}: ${color} on ${background}`).toBeGreaterThanOrEqual(4.5);
  }
});
