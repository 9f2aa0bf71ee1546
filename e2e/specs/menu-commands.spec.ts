import { expect, test } from '../fixtures/studio';

/**
 * The desktop menu's commands reach the page as `menu` pushes. The web host has no menu, so the
 * first event stream the page opens is answered here with the pushes the menu would send; the
 * page then reconnects to the host's own stream.
 */
test('menu commands pushed to the page pin the theme, open a tab and the module reference', async ({ studio }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop project sends menu commands from its real menu');
  const { page } = studio;
  const pushes = [
    { channel: 'menu', event: { command: 'view.themeDark' } },
    { channel: 'menu', event: { command: 'planner.sweep' } },
    { channel: 'menu', event: { command: 'help.moduleReference' } },
  ];
  let served = false;
  await page.route('**/api/events**', async (route) => {
    if (served) return route.continue();
    served = true;
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' },
      body: `: connected\n\n${pushes.map((p) => `data: ${JSON.stringify(p)}\n\n`).join('')}`,
    });
  });
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();

  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('dialog', { name: 'Module reference' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Module reference' }).getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('tab', { name: 'Sweep' })).toHaveAttribute('aria-selected', 'true');
  // The choice is remembered like the menu's: a reload keeps the pinned theme.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
