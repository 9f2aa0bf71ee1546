// Finds the Electron executable WITHOUT require('electron'): that module downloads the binary
// on first use and throws where it cannot (TOOLCHAIN.md §7). Shared by `npm start` and the
// Electron e2e project.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Where the executable sits inside an Electron dist folder, per OS (as electron/install.js). */
export function executableInDist(platform = process.platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * `{ path }` when a runnable binary exists: ELECTRON_OVERRIDE_DIST_PATH if set, else the
 * npm package's dist/ (named by its path.txt). Otherwise `{ path: null, reason }`.
 */
export function findElectronBinary({ env = process.env, platform = process.platform, packageDir = path.join(root, 'node_modules', 'electron') } = {}) {
  const pathTxt = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : executableInDist(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const dist = override || path.join(packageDir, 'dist');
  const candidate = path.join(dist, relative);
  if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return { path: candidate, reason: null };
  const where = override ? `ELECTRON_OVERRIDE_DIST_PATH (${candidate})` : `node_modules/electron (${candidate})`;
  return { path: null, reason: `No Electron binary at ${where}.` };
}
