import { expect, test } from '../fixtures/studio';
import { screenshot } from '../pages/screenshot';
import { lineOf, replaceEditorLine } from '../pages/editor';

interface Summary {
  id: number;
  name: string;
  version: number;
}
interface Version {
  id: number;
  name: string;
  version: number;
  title: string;
  note: string;
  configToml: string;
  parentVersionId: number | null;
}

async function firstConfig(api: <T>(m: string, r?: unknown) => Promise<T>): Promise<Version> {
  const list = await api<Summary[]>('configs.list');
  const first = [...list].sort((a, b) => a.name.localeCompare(b.name))[0]!;
  return api<Version>('configs.get', { id: first.id });
}

test('Ctrl+S opens the review; it shows the parameter change and the text diff, and Confirm creates the next version', async ({ studio }) => {
  const { page, api } = studio;
  const config = await firstConfig(api);
  await expect(page.getByRole('option', { selected: true })).toContainText(config.name);

  await replaceEditorLine(page, lineOf(config.configToml, 'max_depth'), 'max_depth = 4');
  await expect(page.getByText('● Unsaved changes')).toBeVisible();
  // Disable a filter, and reword the first comment (cosmetic).
  await replaceEditorLine(page, lineOf(config.configToml, '[filters.diversity]') + 1, 'enabled = false');
  await replaceEditorLine(page, 1, '# Tuned for small portfolios');
  await page.keyboard.press('Control+S');

  const review = page.getByRole('dialog', { name: `Review changes to ${config.name} (v1 → v2)` });
  await expect(review).toBeVisible();
  const semantic = review.getByRole('region', { name: 'Semantic changes' });
  await expect(semantic.getByRole('group', { name: '[planner] changes' })).toContainText('max_depth: 7 → 4');
  await expect(review.getByRole('region', { name: 'Text diff' })).toContainText('max_depth = 4');
  await expect(semantic.getByRole('group', { name: 'Filters changes' }).getByRole('group', { name: 'Module diversity' })).toContainText('disabled');
  await expect(semantic).toContainText('Changed: 1 [planner] setting, 1 module disabled');
  // Comments are not semantic changes: they are listed apart.
  await expect(semantic.getByRole('group', { name: '[planner] changes' })).not.toContainText('Planner configuration');
  await semantic.getByText(/^Cosmetic edits \(2\)/).click();
  await expect(semantic.getByRole('list', { name: 'Cosmetic edits' })).toContainText('# Tuned for small portfolios');

  // The outcome: the portfolio planned with v1 and with the edit, same seed.
  await expect(review.getByRole('region', { name: 'Outcome change' })).toContainText(/End-state score [\d.]+ → [\d.]+/, { timeout: 30_000 });

  await review.getByLabel('Title').fill('Shallower plans');
  await review.getByLabel('Note (what changed and why)').fill('Depth 4 is enough for small portfolios.');
  await review.getByRole('heading', { name: 'What changes' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'save-review');
  await review.getByRole('button', { name: 'Confirm and save v2' }).click();
  await expect(review).toBeHidden();

  await expect(page.getByText('● Unsaved changes')).toBeHidden();
  await expect(page.getByRole('option', { selected: true })).toContainText('v2 active · 2 versions');
  const history = await api<Version[]>('versions.history', { name: config.name });
  expect(history.map((v) => [v.version, v.title, v.note])).toEqual([
    [2, 'Shallower plans', 'Depth 4 is enough for small portfolios.'],
    [1, config.title, config.note],
  ]);
  const saved = await api<Version>('versions.resolve', { ref: `${config.name}@2` });
  expect(saved.parentVersionId).toBe(config.id);
  // The saved edit leaves no draft behind to be "restored" later.
  await expect.poll(() => api('drafts.get', { configName: config.name })).toBeNull();
  expect(saved.configToml).toContain('\nmax_depth = 4\n');
  expect(saved.configToml.startsWith('# Tuned for small portfolios\n')).toBe(true);
});

test('an invalid config cannot be confirmed and the review says why', async ({ studio }) => {
  const { page, api } = studio;
  const config = await firstConfig(api);
  await expect(page.getByRole('option', { selected: true })).toContainText(config.name);

  await replaceEditorLine(page, lineOf(config.configToml, 'max_depth'), 'max_depth = 99');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const review = page.getByRole('dialog', { name: /Review changes/ });
  const blocking = review.getByRole('list', { name: 'Problems that block saving' });
  await expect(blocking).toContainText(`Line ${lineOf(config.configToml, 'max_depth')}`);
  await expect(blocking).toContainText('max_depth');
  await expect(review.getByRole('button', { name: 'Confirm and save v2' })).toBeDisabled();
  await screenshot(page, 'save-review-invalid');

  // Escape closes the review and nothing was stored.
  await page.keyboard.press('Escape');
  await expect(review).toBeHidden();
  expect((await api<Version[]>('versions.history', { name: config.name })).length).toBe(1);
  await expect(page.getByText('● Unsaved changes')).toBeVisible();
});

test('a double click on Confirm stores one new version', async ({ studio }) => {
  const { page, api } = studio;
  const config = await firstConfig(api);
  await expect(page.getByRole('option', { selected: true })).toContainText(config.name);
  await replaceEditorLine(page, lineOf(config.configToml, 'max_depth'), 'max_depth = 4');
  await page.keyboard.press('Control+S');
  const review = page.getByRole('dialog', { name: `Review changes to ${config.name} (v1 → v2)` });
  await expect(review.getByRole('button', { name: 'Confirm and save v2' })).toBeEnabled();
  await review.getByRole('button', { name: 'Confirm and save v2' }).dblclick();
  await expect(review).toBeHidden();
  await expect(page.getByRole('option', { selected: true })).toContainText('v2 active');
  const history = await api<{ version: number }[]>('versions.history', { name: config.name });
  expect(history.map((v) => v.version).sort()).toEqual([1, 2]);
});

test('Ctrl+S pressed before any config has loaded does nothing, then or later', async ({ studio }) => {
  const { page } = studio;
  // Hold the first config back until the shortcut was pressed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/configs.get', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await page.keyboard.press('Control+S');
  release();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('[planner]');
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
