import { expect, test } from '../fixtures/studio';

test('dry-run: the report of the stored config, then live for the edited text', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Dry-run' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Dry-run' });
  await expect(panel.getByRole('status', { name: 'Dry-run status' })).toContainText('Valid');
  await expect(panel.getByRole('table', { name: 'Estimated sequences' }).getByRole('row').nth(1)).toBeVisible();
  // Every module of the catalog is listed with its parameters.
  const modules = panel.getByRole('table', { name: 'Modules loaded' });
  await expect(modules).toContainText('direct_buy');
  await expect(modules).toContainText('max_depth =');
  // Values come resolved by the engine, each with its source: the presets leave eligibility's
  // min_hold_days out, so it is taken from [planner].
  const eligibility = modules.getByRole('row').filter({ has: page.getByText('eligibility', { exact: true }) });
  await expect(eligibility.locator('[data-source="runtime"]', { hasText: /^min_hold_days = \d+$/ })).toHaveAttribute('title', 'from [planner]');
  await expect(eligibility.locator('[data-source="file"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/dry-run.png' });

  // Break the text: an unknown module shows up as a problem with its line.
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n[filters.not_a_filter]\nenabled = true\n');
  await expect(panel.getByRole('status', { name: 'Dry-run status' })).toContainText('Invalid');
  await expect(panel.getByRole('list', { name: 'Dry-run problems' })).toContainText('not_a_filter');
  await page.screenshot({ path: 'test-results/screens/dry-run-invalid.png' });
});
