import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '../fixtures/studio';
import { startWebHostProcess } from '../fixtures/web-host';

test('a damaged database file is replaced by its backup and the person is told, with nothing saved lost', async ({ page }) => {
  const first = await startWebHostProcess();
  const dataDir = first.dataDir;
  await first.stop(); // a clean close writes the snapshot (and keeps the previous one as backup)
  const second = await startWebHostProcess({ dataDir });
  await second.stop();
  const dbFile = path.join(dataDir, 'studio.sqlite');
  expect(fs.existsSync(dbFile)).toBe(true);
  fs.writeFileSync(dbFile, Buffer.from('this is not a database at all'.repeat(100)));

  const host = await startWebHostProcess({ dataDir });
  try {
    await page.goto(host.url);
    await expect(page.locator('[data-ready="true"]')).toBeVisible({ timeout: 20_000 });
    const notice = page.getByRole('alert').filter({ hasText: /backup/i });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('listbox', { name: 'Stored configs' }).getByRole('option')).toHaveCount(3);
    await page.screenshot({ path: path.join(test.info().outputDir, 'recovery-notice.png') });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
