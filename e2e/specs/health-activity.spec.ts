import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/studio';
import { startWebHostProcess } from '../fixtures/web-host';

test('health and activity: a healthy planner; a plan run streams events and leaves a performance report', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Health' }).click();
  const health = page.getByRole('tabpanel', { name: 'Health' });
  await expect(health.getByRole('status', { name: 'Health status' })).toContainText('Healthy');
  await expect(health.getByRole('table', { name: 'Health checks' }).getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/health.png' });
  // Checked against a bucket's current config instead.
  await health.getByRole('combobox', { name: 'Check against' }).selectOption({ label: 'bucket core (default v1)' });
  await expect(health.getByRole('table', { name: 'Health checks' })).toContainText('core');

  // A plan run started elsewhere (here: through the API) shows up live.
  await studio.api('planner.plan', { configId: 1, seed: 3 });
  await page.getByRole('tab', { name: 'Activity' }).click();
  const activity = page.getByRole('tabpanel', { name: 'Activity' });
  const stream = activity.getByRole('list', { name: 'Event stream' });
  await expect(stream.getByRole('listitem').filter({ hasText: 'planning_completed' })).toHaveCount(1);
  await expect(stream.getByRole('listitem').filter({ hasText: 'generation_started' }).first()).toBeVisible();

  // Filter by type: only the chosen type remains.
  await activity.getByRole('group', { name: 'Filter by event type' }).getByRole('button', { name: 'planning completed' }).click();
  await expect(stream.getByRole('listitem')).toHaveCount(1);
  await activity.getByRole('group', { name: 'Filter by event type' }).getByRole('button', { name: 'planning completed' }).click();

  const perf = activity.getByRole('region', { name: 'Performance report' });
  await expect(perf.getByRole('img', { name: /^Time per module and operation/ })).toBeVisible();
  await expect(perf.getByRole('table', { name: 'Time per module' }).getByRole('row').nth(1)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/activity.png' });
});

async function openWithFailingPlugin(page: Page) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-studio-e2e-'));
  fs.mkdirSync(path.join(dataDir, 'plugins'));
  fs.copyFileSync(path.resolve(import.meta.dirname, '../../plugins/test-fixtures/failing-calculator.mjs'), path.join(dataDir, 'plugins', 'failing-calculator.mjs'));
  const host = await startWebHostProcess({ dataDir });
  await page.goto(host.url);
  await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
  const api = async (method: string, request: unknown) => {
    const response = await fetch(`${host.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
      body: JSON.stringify(request),
    });
    return (await response.json()) as { ok: boolean };
  };
  return { host, api };
}

test('health and activity: a failing module shows as failures in the stream, then an open breaker in health', async ({ page }) => {
  const { host, api } = await openWithFailingPlugin(page);
  try {
    for (let i = 0; i < 3; i++) expect((await api('planner.plan', { configId: 1, seed: i })).ok).toBe(true);
    await page.getByRole('tab', { name: 'Activity' }).click();
    const activity = page.getByRole('tabpanel', { name: 'Activity' });
    await activity.getByRole('combobox', { name: 'Module' }).selectOption('always_fails');
    const stream = activity.getByRole('list', { name: 'Event stream' });
    await expect(stream.getByRole('listitem').filter({ hasText: 'module_failed' })).toHaveCount(3);
    await expect(stream).toContainText('always_fails failed on purpose');
    await page.screenshot({ path: 'test-results/screens/activity-module-failed.png' });

    await page.getByRole('tab', { name: 'Health' }).click();
    const health = page.getByRole('tabpanel', { name: 'Health' });
    await health.getByRole('button', { name: 'Check health' }).click();
    await expect(health.getByRole('status', { name: 'Health status' })).toContainText('Degraded');
    await expect(health.getByRole('list', { name: 'Reasons' })).toContainText('always_fails');
    await expect(health.getByRole('table', { name: 'Circuit breakers' }).getByRole('row', { name: /always_fails/ })).toContainText('open');
    await page.screenshot({ path: 'test-results/screens/health-degraded.png' });
  } finally {
    await host.stop();
  }
});

test('activity: the performance report picked for a run keeps naming that run after newer runs push it out of the list', async ({ studio }) => {
  const { page, api } = studio;
  await api('planner.plan', { configId: 1, seed: 1 });
  const first = (await api<{ runId: string; label: string }[]>('runs.list', { limit: 1 }))[0]!;
  await page.getByRole('tab', { name: 'Activity' }).click();
  const perf = page.getByRole('region', { name: 'Performance report' });
  const run = perf.getByRole('combobox', { name: 'Run' });
  await expect(run.locator(`option[value="${first.runId}"]`)).toHaveCount(1);
  await run.selectOption(first.runId);
  // The list offers the 50 newest runs: 50 more push the picked one out.
  for (let seed = 2; seed <= 51; seed++) await api('planner.plan', { configId: 1, seed });
  const newest = await api<{ runId: string }[]>('runs.list', { limit: 50 });
  expect(newest.some((r) => r.runId === first.runId)).toBe(false);
  // Wait until the select lists the newest runs.
  await expect(run.locator(`option[value="${newest[0]!.runId}"]`)).toHaveCount(1);
  await expect(run.locator(`option[value="${first.runId}"]`)).toHaveCount(1);
  await expect(run).toHaveValue(first.runId);
});

test('health: checking the editor text does not run a health check per keystroke', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Health' }).click();
  const health = page.getByRole('tabpanel', { name: 'Health' });
  await health.getByRole('combobox', { name: 'Check against' }).selectOption({ label: 'Editor text' });
  await expect(health.getByRole('status', { name: 'Health status' })).toContainText('Healthy');
  let checks = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/planner.health')) checks++;
  });
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# twenty-four characters');
  await expect(health.getByRole('status', { name: 'Health status' })).toContainText('Healthy');
  await expect.poll(() => checks).toBeGreaterThan(0);
  expect(checks).toBeLessThan(5);
});
