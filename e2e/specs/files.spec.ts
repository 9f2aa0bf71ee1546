import fs from 'node:fs';
import { expect, test } from '../fixtures/studio';
import { screenshot } from '../pages/screenshot';

interface Summary {
  id: number;
  name: string;
  version: number;
}

async function pickFile(page: import('@playwright/test').Page, name: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('group', { name: 'File' }).getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/toml', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

test('Export downloads the saved version with its header; importing it edited shows the change and stores the next version', async ({ studio }) => {
  const { page, api } = studio;
  const selected = page.getByRole('option', { selected: true });
  await expect(selected).toContainText('v1 active');
  const name = (await selected.locator('.config-name').textContent())!;

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${name}-v1.toml`);
  const text = fs.readFileSync((await file.path())!, 'utf8');
  expect(text.startsWith('# Planner Studio export\n')).toBe(true);
  expect(text).toContain(`# name: ${name}\n`);
  expect(text).toContain('\n# version: 1\n');

  const edited = text.replace(/^max_depth = \d+/m, 'max_depth = 5');
  expect(edited).not.toBe(text);
  await pickFile(page, `${name}-v1.toml`, edited);
  const dialog = page.getByRole('dialog', { name: `Import ${name}-v1.toml` });
  await expect(dialog.getByRole('group', { name: '[planner] changes' })).toContainText(/max_depth: \d+ → 5/);
  await screenshot(page, 'import');
  await dialog.getByRole('button', { name: `Import as ${name} v2` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${name} v2.` })).toBeVisible();
  await expect(selected).toContainText('v2 active · 2 versions');
  const list = await api<Summary[]>('configs.list');
  expect(list.find((c) => c.name === name)?.version).toBe(2);
});

test('importing a broken file shows where it is broken and stores nothing; a binary file is refused with the reason', async ({ studio }) => {
  const { page, api } = studio;
  await expect(page.getByRole('option', { selected: true })).toBeVisible();
  const before = await api<Summary[]>('configs.list');

  await pickFile(page, 'broken.toml', '[planner]\nmax_depth = 3\nbeam_width = "wide"\n');
  const dialog = page.getByRole('dialog', { name: 'Import broken.toml' });
  const problems = dialog.getByRole('list', { name: 'Problems in the file' });
  await expect(problems).toContainText('Line 3');
  await expect(problems).toContainText('beam_width');
  await expect(dialog.getByRole('button', { name: 'Import as a new config' })).toBeDisabled();
  await screenshot(page, 'import-broken');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await pickFile(page, 'binary.toml', Buffer.from([0x5b, 0x70, 0x00, 0xff, 0xfe, 0x01]));
  const binary = page.getByRole('dialog', { name: 'Import binary.toml' });
  await expect(binary.getByRole('alert')).toContainText('binary.toml');
  await binary.getByRole('button', { name: 'Cancel' }).click();
  expect(await api<Summary[]>('configs.list')).toEqual(before);
});

test('Clone copies the edited config under a new name and opens it', async ({ studio }) => {
  const { page } = studio;
  await expect(page.getByRole('option', { selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Clone…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Clone / });
  await dialog.getByLabel('New name').fill('my-variant');
  await dialog.getByLabel('New title').fill('My variant');
  await dialog.getByRole('button', { name: 'Clone' }).click();
  await expect(dialog).toBeHidden();
  const selected = page.getByRole('option', { selected: true });
  await expect(selected).toContainText('my-variant');
  await expect(selected).toContainText('v1 active · 1 version');
  await expect(page.getByRole('main', { name: 'Editor' })).toContainText('My variant');

  // A taken name is refused with the reason.
  await page.getByRole('button', { name: 'Clone…' }).click();
  await page.getByRole('dialog', { name: /^Clone / }).getByLabel('New name').fill('my-variant');
  await page.getByRole('dialog', { name: /^Clone / }).getByRole('button', { name: 'Clone' }).click();
  await expect(page.getByRole('dialog', { name: /^Clone / }).getByRole('alert')).toContainText('my-variant');
});
