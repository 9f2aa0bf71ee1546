import { expect, test } from '../fixtures/studio';
import { startWebHostProcess } from '../fixtures/web-host';

test('the first screen lists stored configs and shows the selected TOML in Monaco', async ({ studio }) => {
  const { page } = studio;
  const list = page.getByRole('listbox', { name: 'Stored configs' });
  await expect(list.getByRole('option').first()).toBeVisible();
  const first = list.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('[planner]');
  // Tokenization is async: wait for a coloured token before the screenshot.
  await expect(page.locator('.view-lines span[class*="mtk"]:not(.mtk1)').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/first-screen.png' });
});

test.describe('web host refusals', () => {
  test('API calls without the token, with a wrong token, a foreign Host or a foreign Origin get 403', async () => {
    const host = await startWebHostProcess();
    try {
      const call = (headers: Record<string, string>) =>
        fetch(`${host.origin}/api/configs.list`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
      expect((await call({})).status).toBe(403);
      expect((await call({ authorization: 'Bearer wrong' })).status).toBe(403);
      const good = { authorization: `Bearer ${host.token}` };
      expect((await call(good)).status).toBe(200);
      expect((await call({ ...good, origin: 'http://evil.example' })).status).toBe(403);
      // fetch() forbids setting Host, so use a raw request for the DNS-rebinding case.
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          { host: '127.0.0.1', port: host.port, path: '/api/configs.list', method: 'POST', headers: { ...good, host: 'evil.example:80', 'content-type': 'application/json' } },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(status).toBe(403);
      const events = await fetch(`${host.origin}/api/events`);
      expect(events.status).toBe(403);
    } finally {
      await host.stop();
    }
  });

  test('a browser page opened without the token explains how to get in', async ({ page }) => {
    const host = await startWebHostProcess();
    try {
      await page.goto(host.origin + '/');
      await expect(page.getByRole('alert')).toContainText('?token=');
    } finally {
      await host.stop();
    }
  });
});

test('the config list is one tab stop whose arrow keys move the selection and the editor', async ({ studio }) => {
  const { page } = studio;
  const list = page.getByRole('listbox', { name: 'Stored configs' });
  const options = list.getByRole('option');
  await expect(options).toHaveCount(3);
  const names = (await options.locator('.config-name').allTextContents()).map((n) => n.trim());
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(list.locator('[tabindex="0"]')).toHaveCount(1);

  await options.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toBeFocused();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(`${names[1]} strategy`);
  await page.keyboard.press('End');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown'); // stays on the last
  await expect(options.nth(2)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toBeFocused();
  await expect(list.locator('[tabindex="0"]')).toHaveCount(1);
});
