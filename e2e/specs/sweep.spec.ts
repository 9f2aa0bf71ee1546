import { expect, test } from '../fixtures/studio';
import { replaceEditorLine } from '../pages/editor';

test('sweep: one parameter over a range gives a line chart, and "use this value" opens the edit in the save review', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Sweep' }).click();
  const form = page.getByRole('form', { name: 'Parameter sweep' });
  await form.getByRole('combobox', { name: 'Parameter 1 parameter' }).selectOption('planner.max_opportunities_per_category');
  await form.getByRole('textbox', { name: 'Parameter 1 from' }).fill('2');
  await form.getByRole('textbox', { name: 'Parameter 1 to' }).fill('6');
  await form.getByRole('textbox', { name: 'Parameter 1 steps' }).fill('3');
  await form.getByRole('button', { name: 'Run sweep (3 runs)' }).dblclick(); // one sweep, not two

  const result = page.getByRole('region', { name: 'Sweep result' });
  await expect(result.getByRole('img', { name: 'End-state score by planner.max_opportunities_per_category' })).toBeVisible({ timeout: 60_000 });
  await expect(form.getByRole('button', { name: 'Run sweep (3 runs)' })).toBeEnabled();
  expect(await studio.api<unknown[]>('runs.list', { kind: 'sweep_point' })).toHaveLength(3);
  const rows = result.getByRole('table', { name: 'Sweep points' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('2');
  await expect(rows.nth(3).getByRole('cell').first()).toHaveText('6');
  await expect(result.getByRole('status', { name: 'Best point' })).toContainText('Best end-state score');
  await result.getByRole('radio', { name: 'Number of trades' }).check();
  await expect(result.getByRole('img', { name: 'Number of trades by planner.max_opportunities_per_category' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/sweep-line.png' });

  // Three sweep points were recorded as runs of one group.
  const points = await studio.api<{ groupId: string }[]>('runs.list', { kind: 'sweep_point' });
  expect(points).toHaveLength(3);
  expect(new Set(points.map((p) => p.groupId)).size).toBe(1);

  await result.getByRole('button', { name: 'Use planner.max_opportunities_per_category = 4' }).click();
  const review = page.getByRole('dialog', { name: /Review changes to aggressive/ });
  await expect(review).toBeVisible();
  await expect(review).toContainText('max_opportunities_per_category');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('max_opportunities_per_category = 4');
});

test('sweep: two parameters give a heatmap; a sweep can be cancelled', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Sweep' }).click();
  const form = page.getByRole('form', { name: 'Parameter sweep' });
  await form.getByRole('combobox', { name: 'Parameter 1 parameter' }).selectOption('planner.max_depth');
  await form.getByRole('textbox', { name: 'Parameter 1 from' }).fill('1');
  await form.getByRole('textbox', { name: 'Parameter 1 to' }).fill('5');
  await form.getByRole('textbox', { name: 'Parameter 1 steps' }).fill('5');
  await form.getByRole('button', { name: 'Add a second parameter' }).click();
  await form.getByRole('combobox', { name: 'Parameter 2 parameter' }).selectOption('opportunity_calculators.opportunity_buys.min_quality_score');
  await form.getByRole('textbox', { name: 'Parameter 2 from' }).fill('0.5');
  await form.getByRole('textbox', { name: 'Parameter 2 to' }).fill('0.9');
  await form.getByRole('textbox', { name: 'Parameter 2 steps' }).fill('5');
  await form.getByRole('button', { name: 'Run sweep (25 runs)' }).click();
  const heatmap = page.getByRole('img', { name: 'End-state score by planner.max_depth and opportunity_calculators.opportunity_buys.min_quality_score' });
  await expect(heatmap).toBeVisible({ timeout: 60_000 });
  await expect(heatmap.locator('rect.chart-cell:not(.chart-cell-empty)')).toHaveCount(25);
  await heatmap.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/sweep-heatmap.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/screens/sweep-heatmap-dark.png' });
  await page.emulateMedia({ colorScheme: 'light' });

  // A big grid, cancelled as soon as it starts: the panel shows what ran before the cancel.
  await form.getByRole('textbox', { name: 'Parameter 1 to' }).fill('10');
  await form.getByRole('textbox', { name: 'Parameter 1 steps' }).fill('10');
  await form.getByRole('textbox', { name: 'Parameter 2 steps' }).fill('19');
  await form.getByRole('button', { name: 'Run sweep (190 runs)' }).click();
  await expect(page.getByRole('progressbar', { name: 'Sweep progress' })).toBeVisible();
  await form.getByRole('button', { name: 'Cancel sweep' }).click();
  await expect(page.getByRole('region', { name: 'Sweep result' }).getByRole('status').first()).toContainText(/Cancelled: \d+ of 190 points ran/, { timeout: 30_000 });
});

test('sweep: a range outside the parameter bounds cannot be run and says why', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Sweep' }).click();
  const form = page.getByRole('form', { name: 'Parameter sweep' });
  await form.getByRole('combobox', { name: 'Parameter 1 parameter' }).selectOption('planner.priority_threshold');
  await form.getByRole('textbox', { name: 'Parameter 1 to' }).fill('3');
  await expect(form.getByRole('alert')).toContainText('planner.priority_threshold: above its maximum 1');
  await expect(form.getByRole('button', { name: /^Run sweep/ })).toBeDisabled();
});

test('sweep: "use this value" shows the value in the editor even when the user typed that same text earlier', async ({ studio }) => {
  const { page } = studio;
  // Hand-try max_depth = 3, then settle on 4: the editor has now emitted a text with "= 3".
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('max_depth = 7');
  await replaceEditorLine(page, 11, 'max_depth = 3');
  await replaceEditorLine(page, 11, 'max_depth = 4');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('max_depth = 4');

  await page.getByRole('tab', { name: 'Sweep' }).click();
  const form = page.getByRole('form', { name: 'Parameter sweep' });
  await form.getByRole('combobox', { name: 'Parameter 1 parameter' }).selectOption('planner.max_depth');
  await form.getByRole('textbox', { name: 'Parameter 1 from' }).fill('2');
  await form.getByRole('textbox', { name: 'Parameter 1 to' }).fill('3');
  await form.getByRole('textbox', { name: 'Parameter 1 steps' }).fill('2');
  await form.getByRole('button', { name: 'Run sweep (2 runs)' }).click();
  const result = page.getByRole('region', { name: 'Sweep result' });
  await result.getByRole('button', { name: 'Use planner.max_depth = 3' }).click({ timeout: 60_000 });
  const review = page.getByRole('dialog', { name: /Review changes to aggressive/ });
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: 'Cancel' }).click();
  // The editor shows what the review offered to save, not the text typed before.
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('max_depth = 3');
  await expect(page.locator('.monaco-editor .view-lines')).not.toContainText('max_depth = 4');
});

test('sweep: a result belongs to the config it was run on, so "use" cannot edit another config with it', async ({ studio }) => {
  const { page } = studio;
  const list = page.getByRole('listbox', { name: 'Stored configs' });
  await expect(list.getByRole('option', { selected: true })).toContainText('aggressive');
  await page.getByRole('tab', { name: 'Sweep' }).click();
  const form = page.getByRole('form', { name: 'Parameter sweep' });
  await form.getByRole('combobox', { name: 'Parameter 1 parameter' }).selectOption('planner.max_depth');
  await form.getByRole('textbox', { name: 'Parameter 1 from' }).fill('2');
  await form.getByRole('textbox', { name: 'Parameter 1 to' }).fill('3');
  await form.getByRole('textbox', { name: 'Parameter 1 steps' }).fill('2');
  await form.getByRole('button', { name: 'Run sweep (2 runs)' }).click();
  const result = page.getByRole('region', { name: 'Sweep result' });
  await expect(result.getByRole('button', { name: 'Use planner.max_depth = 3' })).toBeVisible({ timeout: 60_000 });

  await list.getByRole('option', { name: /^conservative/ }).click();
  await expect(page.locator('.editor-heading')).toContainText('conservative');
  await expect(result).toBeHidden();
  await list.getByRole('option', { name: /^aggressive/ }).click();
  await expect(page.locator('.editor-heading')).toContainText('aggressive');
  await expect(result.getByRole('button', { name: 'Use planner.max_depth = 3' })).toBeVisible();
});
