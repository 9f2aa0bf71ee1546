import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Planner Studio';

/**
 * The data folder the desktop app uses (Electron's `app.getPath('userData')` for this app name),
 * computed without Electron so the web host and the CLI default to the same place.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_NAME);
}

/**
 * Where the shipped resources (assets/, plugins/, the sql.js wasm) are: the packaged app sets
 * PLANNER_STUDIO_RESOURCES to `process.resourcesPath`; from source and from `out/main` the
 * repository root is two folders up.
 */
export function resourcesDir(): string {
  return process.env.PLANNER_STUDIO_RESOURCES ?? path.resolve(import.meta.dirname, '..', '..');
}

export function assetPath(...segments: string[]): string {
  return path.join(resourcesDir(), 'assets', ...segments);
}
