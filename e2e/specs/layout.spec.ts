import { expect, test } from '../fixtures/studio';
import { screenshot } from '../pages/screenshot';

test('the shell shows the config list with search, the editor and the side-panel tabs', async ({ studio }) => {
  const { page } = studio;
  const list = page.getByRole('listbox', { name: 'Stored configs' });
  const options = list.getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThan(1);

  // Search narrows the list to names matching every word.
  const firstName = (await options.first().locator('.config-name').textContent()) ?? '';
  await page.getByRole('searchbox', { name: 'Search configs' }).fill(firstName);
  await expect(options.first().locator('.config-name')).toHaveText(firstName);
  await page.getByRole('searchbox', { name: 'Search configs' }).fill('no-such-config-anywhere');
  await expect(options).toHaveCount(0);
  await expect(page.getByText('No config matches')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search configs' }).fill('');
  await expect(options).toHaveCount(count);

  const tabs = page.getByRole('tablist', { name: 'Tools' });
  const names = ['Dry-run', 'History', 'Compare', 'Sweep', 'Presets', 'Buckets', 'Health', 'Activity'];
  await expect(tabs.getByRole('tab')).toHaveText(names);
  await tabs.getByRole('tab', { name: 'Buckets' }).click();
  await expect(tabs.getByRole('tab', { name: 'Buckets' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Buckets' })).toBeVisible();
  // Arrow keys move between tabs (and wrap), as the ARIA tabs pattern has it.
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Health' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Health' })).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Dry-run' })).toHaveAttribute('aria-selected', 'true');
  await tabs.getByRole('tab', { name: 'History' }).click();

  // Typing marks the editor unsaved; the Save button becomes available.
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# a comment');
  await expect(page.getByText('● Unsaved changes')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await expect(list.getByRole('option', { selected: true })).toContainText('(not saved)');
  await expect(page).toHaveTitle(/^• /);
  await screenshot(page, 'layout');

  // The module reference (Help > Module Reference on the desktop) lists the catalog's modules.
  await page.getByRole('button', { name: 'Module reference' }).click();
  const reference = page.getByRole('dialog', { name: 'Module reference' });
  await expect(reference).toContainText('profit_taking');
  await page.keyboard.press('Escape');
  await expect(reference).toBeHidden();

  // The theme follows the OS.
  const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light);
  await screenshot(page, 'layout-dark');
});

test('unsaved text is kept as a draft and restored after a reload, with a diff against the saved version', async ({ studio }) => {
  const { page, api } = studio;
  const selected = page.getByRole('option', { selected: true });
  await expect(selected).toBeVisible();
  const name = (await selected.locator('.config-name').textContent())!;
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# tried a deeper search');
  await expect(page.getByText('● Unsaved changes')).toBeVisible();
  await expect
    .poll(async () => (await api<{ text: string } | null>('drafts.get', { configName: name }))?.text ?? '')
    .toContain('# tried a deeper search');

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const notice = page.getByRole('status', { name: 'Restored draft' });
  await expect(notice).toContainText('were restored');
  await expect(page.getByText('● Unsaved changes')).toBeVisible();
  await notice.getByRole('button', { name: /^Show diff against v1/ }).click();
  const diff = page.getByRole('dialog', { name: `Restored draft of ${name} against v1` });
  await expect(diff.getByRole('region', { name: 'Text diff' })).toContainText('# tried a deeper search');
  await screenshot(page, 'draft-restored');
  await page.keyboard.press('Escape');

  // Discarding puts the saved text back and forgets the draft.
  await notice.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByText('● Unsaved changes')).toBeHidden();
  await expect.poll(async () => api('drafts.get', { configName: name })).toBeNull();
});
