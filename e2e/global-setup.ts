import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from '../scripts/electron-binary.mjs';

/** The specs drive the built renderer; build it once per run so it matches the sources. */
export default function globalSetup(): void {
  if (process.env.PLANNER_STUDIO_SKIP_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  // The Electron project runs the built desktop app (main + preload too) where a binary exists.
  if (findElectronBinary().path) execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
