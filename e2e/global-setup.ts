import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findElectronBinary } from '../scripts/electron-binary.mjs';

/** The specs drive the built renderer; build it once per run so it matches the sources. */
export default function globalSetup(): void {
  if (process.env.PLANNER_STUDIO_SKIP_BUILD === '1') return;
  const root = path.resolve(import.meta.dirname, '..');
  // Build beside the served folder and swap it in, so a web host serving out/renderer (another
  // run, or `npm run web`) never sees a half-emptied folder.
  const target = path.join(root, 'out', 'renderer');
  const fresh = path.join(root, 'out', `.renderer-${process.pid}`);
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn', '--outDir', fresh, '--emptyOutDir'], { cwd: root, stdio: 'inherit' });
  const old = path.join(root, 'out', `.renderer-old-${process.pid}`);
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(fresh, target);
  fs.rmSync(old, { recursive: true, force: true });
  // The Electron project runs the built desktop app (main + preload too) where a binary exists.
  if (findElectronBinary().path) execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
