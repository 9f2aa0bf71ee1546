import { expect, test } from '../fixtures/studio';

test('after the network drops and comes back, the config list shows what was saved meanwhile', async ({ studio }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the desktop app pushes over IPC, which does not drop');
  const { page, api } = studio;
  const list = page.getByRole('listbox', { name: 'Stored configs' });
  await expect(list.getByRole('option', { name: /default/ })).toBeVisible();

  // Assets Monaco loads lazily (its editor worker, the icon font) must not fall into the
  // offline window: their failure there would be the emulation's, not the app's.
  await page.evaluate(() => document.fonts.load('16px codicon'));
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /editor\.worker/.test(e.name))))
    .toBe(true);

  // Offline: the open event stream fails and EventSource retries until the network is back.
  await page.context().setOffline(true);
  const toml = await api<{ configToml: string }>('versions.resolve', { ref: 'default' }).then((v) => v.configToml);
  await api('versions.create', { name: 'made-while-away', title: 'Made while away', toml });
  await page.waitForTimeout(500); // the push for that save reached no page
  await expect(list.getByRole('option', { name: /made-while-away/ })).toHaveCount(0);

  await page.context().setOffline(false);
  await expect(list.getByRole('option', { name: /made-while-away/ })).toBeVisible({ timeout: 15_000 });
});
