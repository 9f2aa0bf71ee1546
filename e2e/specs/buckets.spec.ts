import { expect, test } from '../fixtures/studio';
import { screenshot } from '../pages/screenshot';

interface Bucket {
  name: string;
  current: { configName: string; version: number } | null;
}

test('assign the edited config to a bucket after its semantic diff, then roll the bucket back', async ({ studio }) => {
  const { page, api } = studio;
  const [core] = await api<Bucket[]>('buckets.list');
  expect(core?.current).not.toBeNull();
  const was = `${core!.current!.configName} v${core!.current!.version}`;
  const selected = page.getByRole('option', { selected: true });
  await expect(selected).toBeVisible();
  // Edit a config the bucket does not use.
  const other = page.getByRole('option').filter({ hasNotText: core!.current!.configName }).first();
  await other.click();
  const name = (await other.locator('.config-name').textContent())!;
  await expect(page.getByRole('main', { name: 'Editor' })).toContainText(name);

  await page.getByRole('tab', { name: 'Buckets' }).click();
  const table = page.getByRole('table', { name: 'Buckets and their versions' });
  const row = table.getByRole('row').filter({ hasText: core!.name });
  await expect(row).toContainText(was);
  await row.getByRole('button', { name: `Assign ${name} v1 to ${core!.name}` }).click();

  let dialog = page.getByRole('dialog', { name: `Assign ${name} v1 to a bucket` });
  await expect(dialog).toContainText(`${core!.name} uses ${was}; after this it uses ${name} v1`);
  await expect(dialog.getByRole('region', { name: 'Semantic changes' })).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Text diff' })).toBeVisible();
  await screenshot(page, 'buckets-assign');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(`${name} v1`);
  await screenshot(page, 'buckets');

  await row.getByRole('button', { name: `Roll back ${core!.name} to ${was}` }).click();
  dialog = page.getByRole('dialog', { name: `Roll back ${core!.name} to ${was}` });
  await expect(dialog).toContainText(`${core!.name} uses ${name} v1; after this it uses ${was}`);
  await dialog.getByRole('button', { name: 'Roll back' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText(was);
  const after = await api<Bucket[]>('buckets.list');
  expect(after.find((b) => b.name === core!.name)?.current).toMatchObject({ configName: core!.current!.configName, version: core!.current!.version });
});

test('a bucket name the store refuses is reported in the dialog and nothing is assigned', async ({ studio }) => {
  const { page, api } = studio;
  await expect(page.getByRole('option', { selected: true })).toBeVisible();
  const before = await api<Bucket[]>('buckets.list');
  await page.getByRole('tab', { name: 'Buckets' }).click();
  await page.getByRole('button', { name: /^Assign .* v1…$/ }).click();
  const dialog = page.getByRole('dialog', { name: /to a bucket$/ });
  await dialog.getByLabel('Bucket', { exact: true }).selectOption({ label: 'New bucket…' });
  await dialog.getByLabel('New bucket name').fill('no spaces allowed');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog.getByRole('alert')).toContainText('bucket');
  await expect(dialog).toBeVisible();
  expect(await api<Bucket[]>('buckets.list')).toEqual(before);
});

test('a bucket plans against the portfolio chosen for it in the Buckets tab', async ({ studio }) => {
  const { page, api } = studio;
  const [sample] = await api<{ id: number; name: string }[]>('portfolios.list');
  const snapshot = await api<{ snapshot: Record<string, unknown> }>('portfolios.get', { id: sample!.id });
  const satellite = await api<{ id: number }>('portfolios.import', { text: JSON.stringify(snapshot.snapshot), name: 'Satellite holdings' });

  await page.getByRole('tab', { name: 'Buckets' }).click();
  const choice = page.getByRole('combobox', { name: 'Portfolio of core' });
  await expect(choice).toHaveValue(String(sample!.id)); // seeded with the sample portfolio
  await choice.selectOption({ label: 'Satellite holdings' });
  await expect.poll(async () => (await api<{ name: string; portfolioId: number | null }[]>('buckets.list'))[0]?.portfolioId).toBe(satellite.id);

  const planned = await api<{ runId: string }>('planner.plan', { bucket: 'core', seed: 1 });
  expect((await api<{ portfolioId: number }>('runs.get', { runId: planned.runId })).portfolioId).toBe(satellite.id);

  const row = page.getByRole('table', { name: 'Buckets and their versions' }).getByRole('row').filter({ hasText: 'core' });
  await expect(row).toContainText('plans on Satellite holdings');
  await choice.selectOption({ label: 'First stored' });
  await expect.poll(async () => (await api<{ portfolioId: number | null }[]>('buckets.list'))[0]?.portfolioId).toBeNull();
  await expect(row).toContainText(`plans on ${sample!.name}`);
  await screenshot(page, 'buckets-portfolio');
});
