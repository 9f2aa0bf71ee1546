import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { executableInDist, findElectronBinary } from './electron-binary.mjs';

function fakePackage(options: { pathTxt?: string; binary?: string } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-pkg-'));
  if (options.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  if (options.binary !== undefined) {
    fs.mkdirSync(path.dirname(path.join(dir, 'dist', options.binary)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', options.binary), '');
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt in the package dist folder', () => {
    const packageDir = fakePackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary({ env: {}, platform: 'linux', packageDir })).toEqual({ path: path.join(packageDir, 'dist', 'electron'), reason: null });
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, using the OS default name without path.txt', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-electron-dist-'));
    fs.writeFileSync(path.join(dist, 'electron.exe'), '');
    const found = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: dist }, platform: 'win32', packageDir: fakePackage() });
    expect(found).toEqual({ path: path.join(dist, 'electron.exe'), reason: null });
  });

  it('explains where it looked when there is no binary (as on a machine without the download)', () => {
    const packageDir = fakePackage();
    const found = findElectronBinary({ env: {}, platform: 'linux', packageDir });
    expect(found).toEqual({ path: null, reason: `No Electron binary at node_modules/electron (${path.join(packageDir, 'dist', 'electron')}).` });
    const missing = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }, platform: 'linux', packageDir });
    expect(missing.reason).toBe('No Electron binary at ELECTRON_OVERRIDE_DIST_PATH (/nowhere/electron).');
  });

  it('knows each OS executable path', () => {
    expect([executableInDist('linux'), executableInDist('win32'), executableInDist('darwin')]).toEqual(['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron']);
  });
});
