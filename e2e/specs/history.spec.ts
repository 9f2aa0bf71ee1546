import { expect, test, type StudioFixture } from '../fixtures/studio';
import { screenshot } from '../pages/screenshot';

interface Version {
  id: number;
  name: string;
  version: number;
  title: string;
  configToml: string;
  parentVersionId: number | null;
  note: string;
}

/** The selected config's v1 plus two saved edits of max_depth (v2: 5, v3: 3). */
async function arrangeThreeVersions(studio: StudioFixture): Promise<Version[]> {
  const { page, api } = studio;
  const selected = page.getByRole('option', { selected: true });
  await expect(selected).toContainText('v1 active');
  const name = (await selected.locator('.config-name').textContent())!;
  const v1 = await api<Version>('versions.resolve', { ref: `${name}@1` });
  const v2 = await api<Version>('versions.create', {
    name,
    toml: v1.configToml.replace(/^max_depth = \d+/m, 'max_depth = 5'),
    title: 'Depth five',
    note: 'Shorter plans',
  });
  const v3 = await api<Version>('versions.create', {
    name,
    toml: v1.configToml.replace(/^max_depth = \d+/m, 'max_depth = 3'),
    title: 'Depth three',
    note: 'Even shorter',
  });
  await expect(selected).toContainText('v3 active · 3 versions');
  return [v1, v2, v3];
}

test('the timeline lists every version; open one read-only, compare two, restore one as a new version', async ({ studio }) => {
  const { page, api } = studio;
  const [v1] = await arrangeThreeVersions(studio);
  await page.getByRole('tab', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem')).toHaveCount(3);
  const third = versions.getByRole('listitem', { name: 'Version 3' });
  await expect(third).toContainText('Depth three');
  await expect(third).toContainText('Even shorter');
  await expect(third).toContainText('from v2');
  await expect(third).toContainText('active');
  await screenshot(page, 'history');

  await versions.getByRole('button', { name: 'Open v1' }).click();
  const readOnly = page.getByRole('dialog', { name: `${v1!.name} v1 — ${v1!.title} (read-only)` });
  await expect(readOnly.locator('.view-lines')).toContainText('[planner]');
  await page.keyboard.press('Escape');
  await expect(readOnly).toBeHidden();

  await versions.getByRole('checkbox', { name: 'Select v3 for comparison' }).check();
  await versions.getByRole('checkbox', { name: 'Select v1 for comparison' }).check();
  await page.getByRole('button', { name: /^Compare selected/ }).click();
  const compare = page.getByRole('dialog', { name: `Compare ${v1!.name} v1 ↔ v3` });
  await expect(compare.getByRole('group', { name: '[planner] changes' })).toContainText(/max_depth: \d+ → 3/);
  await expect(compare.getByRole('region', { name: 'Text diff' })).toContainText('max_depth = 3');
  await screenshot(page, 'history-compare');
  await compare.getByRole('button', { name: 'Close' }).click();

  await versions.getByRole('button', { name: 'Restore v1' }).click();
  await expect(versions.getByRole('listitem')).toHaveCount(4);
  const fourth = versions.getByRole('listitem', { name: 'Version 4' });
  await expect(fourth).toContainText('Restored from v1');
  await expect(fourth).toContainText('from v1');
  await expect(fourth).toContainText('in editor');
  const v4 = await api<Version>('versions.resolve', { ref: `${v1!.name}@4` });
  expect(v4.configToml).toBe(v1!.configToml);
  expect(v4.parentVersionId).toBe(v1!.id);
});

test('assign a version to a bucket after seeing the diff, then roll the bucket back from its lane', async ({ studio }) => {
  const { page, api } = studio;
  const [, v2, v3] = await arrangeThreeVersions(studio);
  const name = v2!.name;
  await page.getByRole('tab', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Versions' });

  // Assign v2 to a new bucket, then v3 over it.
  await versions.getByRole('button', { name: 'Assign v2 to a bucket' }).click();
  let dialog = page.getByRole('dialog', { name: `Assign ${name} v2 to a bucket` });
  await dialog.getByLabel('Bucket', { exact: true }).selectOption({ label: 'New bucket…' });
  await dialog.getByLabel('New bucket name').fill('trial');
  await expect(dialog).toContainText('trial uses no version yet');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  await versions.getByRole('button', { name: 'Assign v3 to a bucket' }).click();
  dialog = page.getByRole('dialog', { name: `Assign ${name} v3 to a bucket` });
  await dialog.getByLabel('Bucket', { exact: true }).selectOption('trial');
  await expect(dialog).toContainText(`trial uses ${name} v2`);
  await expect(dialog.getByRole('group', { name: '[planner] changes' })).toContainText('max_depth: 5 → 3');
  await screenshot(page, 'assign');
  await dialog.getByRole('button', { name: 'Assign' }).click();
  await expect(dialog).toBeHidden();

  const lane = page.getByRole('group', { name: 'Lane of trial' });
  await expect(lane).toContainText(`now ${name} v3`);
  await expect(versions.getByRole('listitem', { name: 'Version 3' }).getByLabel('Buckets using v3')).toHaveText('trial');

  await lane.getByRole('button', { name: `Roll back trial to ${name} v2` }).click();
  dialog = page.getByRole('dialog', { name: `Roll back trial to ${name} v2` });
  await expect(dialog.getByRole('group', { name: '[planner] changes' })).toContainText('max_depth: 3 → 5');
  await dialog.getByRole('button', { name: 'Roll back' }).click();
  await expect(dialog).toBeHidden();
  await expect(lane).toContainText(`now ${name} v2`);
  await expect(lane).toContainText('rolled back');
  await screenshot(page, 'history-lanes');

  const lanes = await api<{ bucket: string; version: number; reason: string }[]>('buckets.lane', { bucket: 'trial' });
  expect(lanes.map((a) => [a.version, a.reason])).toEqual([
    [2, 'assign'],
    [3, 'assign'],
    [2, 'rollback'],
  ]);
  // A rollback moves the pointer only: still three versions.
  expect((await api<Version[]>('versions.history', { name })).length).toBe(3);
  expect(v3!.version).toBe(3);
});

test('versions picked for comparison are dropped when another config is selected', async ({ studio }) => {
  const { page } = studio;
  await arrangeThreeVersions(studio);
  await page.getByRole('tab', { name: 'History' }).click();
  const versions = page.getByRole('list', { name: 'Versions' });
  await versions.getByRole('checkbox', { name: 'Select v3 for comparison' }).check();
  await versions.getByRole('checkbox', { name: 'Select v1 for comparison' }).check();
  await expect(page.getByRole('button', { name: /^Compare selected/ })).toBeEnabled();

  await page.getByRole('listbox', { name: 'Stored configs' }).getByRole('option', { selected: false }).first().click();
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  // The picks were versions of the other config: nothing of this one is picked.
  await expect(page.getByRole('button', { name: /^Compare selected/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Compare selected/ })).toHaveText('Compare selected');
});
