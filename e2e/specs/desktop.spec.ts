import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stubDialogs } from '../fixtures/electron';
import { expect, test } from '../fixtures/studio';

test('desktop: the page gets window.studio with call and subscribe only, and no Node', async ({ studio }, testInfo) => {
  test.skip(testInfo.project.name !== 'electron', 'the preload exists only in the desktop app');
  const surface = await studio.page.evaluate(() => {
    const w = globalThis as unknown as Record<string, unknown>;
    return {
      studio: Object.keys(w.studio as object).sort(),
      process: typeof w.process,
      require: typeof w.require,
      ipcRenderer: typeof w.ipcRenderer,
      origin: (w.location as { origin: string }).origin,
    };
  });
  expect(surface).toEqual({ studio: ['call', 'subscribe'], process: 'undefined', require: 'undefined', ipcRenderer: 'undefined', origin: 'app://studio' });
  await expect(studio.api('fs.readFile', { path: '/etc/passwd' })).rejects.toThrow('Unknown API method "fs.readFile".');
});

test('desktop: File > Open reads a TOML file through the native dialog, Export writes one', async ({ studio }, testInfo) => {
  test.skip(testInfo.project.name !== 'electron', 'native dialogs exist only in the desktop app');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-studio-dialogs-'));
  const source = path.join(dir, 'picked.toml');
  fs.writeFileSync(source, '[planner]\nbeam_width = 3\n');
  await stubDialogs(studio.electronApp!, { openPath: source, savePath: path.join(dir, 'exported') });
  expect(await studio.api('dialogs.openToml')).toEqual({ fileName: 'picked.toml', path: source, text: '[planner]\nbeam_width = 3\n' });
  expect(await studio.api('dialogs.saveToml', { suggestedName: 'x', text: 'a = 1\n' })).toEqual({ path: path.join(dir, 'exported.toml') });
  expect(fs.readFileSync(path.join(dir, 'exported.toml'), 'utf8')).toBe('a = 1\n');
  expect(await studio.api('dialogs.openRecent', { path: source })).toMatchObject({ text: '[planner]\nbeam_width = 3\n' });
  await stubDialogs(studio.electronApp!, { openPath: null });
  expect(await studio.api('dialogs.openToml')).toBeNull();
});

test('web: the native-dialog calls answer that the web UI uses upload and download', async ({ studio }, testInfo) => {
  test.skip(testInfo.project.name !== 'web', 'the desktop app has native dialogs');
  await expect(studio.api('dialogs.openToml')).rejects.toThrow(/only in the desktop app; in the web UI use the upload and download buttons/);
});

test('desktop: View > Theme > Dark in the native menu reaches the page', async ({ studio }, testInfo) => {
  test.skip(testInfo.project.name !== 'electron', 'the native menu exists only in the desktop app');
  await studio.electronApp!.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('view.themeDark')?.click());
  await expect(studio.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await studio.electronApp!.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('view.themeSystem')?.click());
  await expect(studio.page.locator('html')).not.toHaveAttribute('data-theme', /./);
});
