import path from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Saves a 1440×900 screenshot of the page as `<name>.png` in SCREENSHOT_DIR (default
 * test-results/screens), so runs that clean test-results elsewhere do not lose them.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR ?? 'test-results/screens';
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}
