import { expect, test } from '../fixtures/studio';

test('presets: filter by tag and search, preview the diff, create a config from a preset', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Presets' }).click();
  const list = page.getByRole('list', { name: 'Presets' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  // The seeded aggressive config is open: it comes from the built-in aggressive preset.
  await expect(page.getByTestId('config-preset-origin')).toHaveText('aggressive was created from preset aggressive.');

  await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: /^aggressive/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('aggressive');
  await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: /^aggressive/ }).click();
  await page.getByRole('searchbox', { name: 'Search presets' }).fill('minimal intervention');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('conservative');
  await page.screenshot({ path: 'test-results/screens/presets.png' });

  await page.getByRole('button', { name: 'Preview preset conservative' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preset conservative' });
  // The aggressive config is open; conservative differs from it: semantic changes and changed lines.
  await expect(dialog.getByRole('region', { name: 'Text diff' }).locator('.d2h-del').first()).toBeVisible();
  await expect(dialog).toContainText('max_depth');
  await expect(dialog.getByRole('textbox', { name: 'New config name' })).toHaveValue('conservative-copy');
  await page.screenshot({ path: 'test-results/screens/presets-preview.png' });
  await dialog.getByRole('button', { name: 'Create config from preset' }).click();
  await expect(dialog).toBeHidden();

  const configs = page.getByRole('listbox', { name: 'Stored configs' });
  await expect(configs.getByRole('option', { name: /conservative-copy/ })).toHaveAttribute('aria-selected', 'true');
  const preset = (await studio.api<{ id: number; name: string; downloads: number }[]>('presets.list')).find((p) => p.name === 'conservative');
  expect(preset?.downloads).toBe(1);
  const created = await studio.api<{ note: string; configToml: string; sourcePresetId: number | null; sourcePresetName: string | null }>('versions.resolve', {
    ref: 'conservative-copy',
  });
  expect(created.note).toContain('From preset "conservative"');
  expect([created.sourcePresetId, created.sourcePresetName]).toEqual([preset?.id, 'conservative']);

  // The panel marks the preset the selected config came from, and only that one.
  await page.getByRole('searchbox', { name: 'Search presets' }).fill('');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByTestId('config-preset-origin')).toHaveText('conservative-copy was created from preset conservative.');
  await expect(list.getByTestId('preset-source-marker')).toHaveCount(1);
  await expect(page.locator('.editor-heading')).toContainText('from preset conservative');
  await expect(list.getByRole('listitem').filter({ hasText: 'Current config comes from this preset' })).toContainText('conservative');
  // A later version keeps its origin (saved through the API, as the editor's save does).
  await studio.api('versions.create', { name: 'conservative-copy', toml: `${created.configToml}\n# tuned\n` });
  const saved = await studio.api<{ version: number; sourcePresetName: string | null }>('versions.resolve', { ref: 'conservative-copy' });
  expect([saved.version, saved.sourcePresetName]).toEqual([2, 'conservative']);
});

test('presets: share the current config, and a taken config name cannot be used', async ({ studio }) => {
  const { page } = studio;
  await page.getByRole('tab', { name: 'Presets' }).click();
  await page.getByRole('button', { name: 'Share current config as preset' }).click();
  const form = page.getByRole('form', { name: 'Share as preset' });
  await form.getByRole('textbox', { name: 'Preset name' }).fill('my-shared');
  await form.getByRole('textbox', { name: /Tags/ }).fill('mine, Income');
  await form.getByRole('button', { name: 'Share preset' }).click();
  await expect(form).toBeHidden();
  const list = page.getByRole('list', { name: 'Presets' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: /^mine/ }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('my-shared');

  await page.getByRole('button', { name: 'Preview preset my-shared' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preset my-shared' });
  await expect(dialog).toContainText('The texts are identical.');
  await dialog.getByRole('textbox', { name: 'New config name' }).fill('default');
  await expect(dialog).toContainText('A config named “default” exists already');
  await expect(dialog.getByRole('button', { name: 'Create config from preset' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'New config name' }).fill('has space');
  await expect(dialog).toContainText('Config name: use 1-80 letters');
  await expect(dialog.getByRole('button', { name: 'Create config from preset' })).toBeDisabled();
});

test('presets: an invalid editor text cannot be shared and says why', async ({ studio }) => {
  const { page } = studio;
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n[planner\n');
  await page.getByRole('tab', { name: 'Presets' }).click();
  await page.getByRole('button', { name: 'Share current config as preset' }).click();
  const form = page.getByRole('form', { name: 'Share as preset' });
  await form.getByRole('textbox', { name: 'Preset name' }).fill('broken');
  await form.getByRole('button', { name: 'Share preset' }).click();
  await expect(form.getByRole('alert')).toContainText(/line \d+/);
  await expect(page.getByRole('list', { name: 'Presets' }).getByRole('listitem')).toHaveCount(3);
});

test('presets: a double click on "Create config from preset" creates one config and counts one use', async ({ studio }) => {
  const { page, api } = studio;
  await page.getByRole('tab', { name: 'Presets' }).click();
  await page.getByRole('button', { name: 'Preview preset conservative' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preset conservative' });
  await expect(dialog.getByRole('textbox', { name: 'New config name' })).toHaveValue('conservative-copy');
  await dialog.getByRole('button', { name: 'Create config from preset' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.editor-heading')).toContainText('conservative-copy');
  const preset = (await api<{ name: string; downloads: number }[]>('presets.list')).find((p) => p.name === 'conservative');
  expect(preset?.downloads).toBe(1);
  expect((await api<{ name: string }[]>('configs.list')).filter((c) => c.name.startsWith('conservative-copy'))).toHaveLength(1);
});
