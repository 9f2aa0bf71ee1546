import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '../fixtures/studio';
import { startWebHostProcess } from '../fixtures/web-host';

test('A/B compare: a stored version against a preset on the same portfolio and seed, recorded and re-runnable', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Compare' }).click();
  const form = page.getByRole('form', { name: 'Compare two strategies' });
  // A defaults to the stored version being edited (aggressive v1); B: the conservative preset.
  await expect(form.getByRole('combobox', { name: 'A' })).toHaveValue(/^version:\d+$/);
  await form.getByRole('combobox', { name: 'B' }).selectOption({ label: 'preset conservative' });
  await form.getByRole('textbox', { name: 'Seed' }).fill('42');
  await form.getByRole('button', { name: 'Run comparison' }).click();

  const result = page.getByRole('region', { name: 'Comparison result' });
  await expect(result.getByRole('status', { name: 'Winner' })).toContainText(/wins|Tie/, { timeout: 30_000 });
  await expect(result).toContainText('Same portfolio and seed 42 for both');
  const table = result.getByRole('table', { name: 'A versus B' });
  for (const row of ['End-state score', 'Total return', 'Diversification', 'Long-term promise', 'Stability', 'Opinion', 'Transaction costs', 'Cash required']) {
    await expect(table.getByRole('rowheader', { name: new RegExp(row) })).toBeVisible();
  }
  await expect(result.getByRole('table', { name: 'Time per module, A and B' }).getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ab-compare.png' });

  // The winner the UI names is the one the recorded arms say.
  const runs = await studio.api<{ runId: string; label: string; seed: number; summary: Record<string, unknown> }[]>('runs.list', { kind: 'ab_arm' });
  expect(runs).toHaveLength(2);
  expect(runs.every((r) => r.seed === 42)).toBe(true);

  await result.getByRole('button', { name: 'Show plans and config diff side by side' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('region', { name: /^Plan A: aggressive v1/ })).toBeVisible();
  await expect(dialog.getByRole('region', { name: /^Plan B: preset conservative/ })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Config diff between A and B' }).locator('.d2h-ins').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/ab-compare-side-by-side.png' });
  await page.keyboard.press('Escape');

  const records = page.getByRole('region', { name: 'Recorded comparisons' });
  await expect(records.getByRole('listitem')).toHaveCount(1);
  await records.getByRole('button', { name: /^Re-run comparison/ }).click();
  await expect(records.getByRole('listitem')).toHaveCount(2, { timeout: 30_000 });
  const again = await studio.api<{ seed: number }[]>('runs.list', { kind: 'ab_arm' });
  expect(again).toHaveLength(4);
  expect(again.every((r) => r.seed === 42)).toBe(true);
});

test('A/B compare: an invalid editor text is refused with its problems', async ({ studio }) => {
  const { page } = studio;
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n[filters.not_a_filter]\nenabled = true\n');
  await page.getByRole('tab', { name: 'Compare' }).click();
  const form = page.getByRole('form', { name: 'Compare two strategies' });
  await form.getByRole('combobox', { name: 'B' }).selectOption('buffer');
  await form.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Compare' }).getByRole('alert')).toContainText('not_a_filter');
  await expect(page.getByRole('region', { name: 'Comparison result' })).toHaveCount(0);
});

test('A/B compare: a failing plugin module shows in the run result and the run completes', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-studio-e2e-'));
  fs.mkdirSync(path.join(dataDir, 'plugins'));
  fs.copyFileSync(path.resolve(import.meta.dirname, '../../plugins/test-fixtures/failing-calculator.mjs'), path.join(dataDir, 'plugins', 'failing-calculator.mjs'));
  const host = await startWebHostProcess({ dataDir });
  try {
    await page.goto(host.url);
    await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Compare' }).click();
    const form = page.getByRole('form', { name: 'Compare two strategies' });
    await form.getByRole('combobox', { name: 'B' }).selectOption({ label: 'preset default' });
    await form.getByRole('button', { name: 'Run comparison' }).click();
    const result = page.getByRole('region', { name: 'Comparison result' });
    await expect(result.getByRole('status', { name: 'Winner' })).toBeVisible({ timeout: 30_000 });
    await expect(result.getByRole('status', { name: 'Module problems' }).first()).toContainText('always_fails');
    await expect(result.getByRole('status', { name: 'Module problems' }).first()).toContainText('failed on purpose');
    await page.screenshot({ path: 'test-results/screens/ab-compare-module-failure.png' });
  } finally {
    await host.stop();
  }
});

test('A/B compare: a side picked among the versions of one config does not silently stay after selecting another config', async ({ studio }) => {
  const { page, api } = studio;
  const list = page.getByRole('listbox', { name: 'Stored configs' });
  const selected = list.getByRole('option', { selected: true });
  await expect(selected).toContainText('aggressive');
  const v1 = await api<{ configToml: string }>('versions.resolve', { ref: 'aggressive@1' });
  await api('versions.create', { name: 'aggressive', toml: v1.configToml.replace(/^max_depth = \d+/m, 'max_depth = 4'), title: 'Depth four' });
  await expect(selected).toContainText('v2 active');

  await page.getByRole('tab', { name: 'Compare' }).click();
  const form = page.getByRole('form', { name: 'Compare two strategies' });
  await form.getByRole('combobox', { name: 'A' }).selectOption({ label: 'aggressive v1 — Aggressive strategy' });
  await list.getByRole('option', { name: /^conservative/ }).click();
  await expect(selected).toContainText('conservative');
  await form.getByRole('combobox', { name: 'B' }).selectOption({ label: 'preset default' });
  await form.getByRole('textbox', { name: 'Seed' }).fill('7');
  await form.getByRole('button', { name: 'Run comparison' }).click();
  await expect(page.getByRole('region', { name: 'Comparison result' }).getByRole('status', { name: 'Winner' })).toContainText(/wins|Tie/, { timeout: 30_000 });

  // What ran as A is what the A box shows: the selected config's stored version, not aggressive v1.
  const shownA = await form.getByRole('combobox', { name: 'A' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
  const runs = await api<{ label: string }[]>('runs.list', { kind: 'ab_arm' });
  const ranA = runs.find((r) => r.label.startsWith('A: '))!.label;
  expect(ranA).toBe('A: conservative v1');
  expect(shownA).toBe('conservative v1 — Conservative strategy');
});

test('A/B compare: a double click on Run starts and records one comparison', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Compare' }).click();
  const form = page.getByRole('form', { name: 'Compare two strategies' });
  await form.getByRole('combobox', { name: 'B' }).selectOption({ label: 'preset conservative' });
  await form.getByRole('button', { name: 'Run comparison' }).dblclick();
  const result = page.getByRole('region', { name: 'Comparison result' });
  await expect(result.getByRole('status', { name: 'Winner' })).toContainText(/wins|Tie/, { timeout: 30_000 });
  await expect(form.getByRole('button', { name: 'Run comparison' })).toBeEnabled();
  const arms = await studio.api<{ groupId: string }[]>('runs.list', { kind: 'ab_arm' });
  expect(arms).toHaveLength(2);
  expect(new Set(arms.map((a) => a.groupId)).size).toBe(1);
});
