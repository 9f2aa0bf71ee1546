import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How to start a planner worker. From source (tsx, vitest) the entry is `planner.worker.ts`; Node 20
 * ignores `--import tsx` in a worker's execArgv, so the worker starts from a tiny bootstrap that
 * registers tsx's ESM hooks in the worker thread and then imports the entry. In the built desktop
 * app this code is inside `out/main/main.js` and the entry is `planner.worker.js` beside it
 * (electron.vite.config.ts builds every `*.worker.ts` there) and starts directly. This is the
 * one switch point for both.
 */
export interface WorkerEntry {
  /** A file URL, or bootstrap code when `eval` is true. */
  source: URL | string;
  eval: boolean;
}

function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const rel = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(pkgPath), rel)).href;
}

export function plannerWorkerEntry(): WorkerEntry {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { source: new URL('./planner.worker.js', here), eval: false };
  const entry = new URL('./planner.worker.ts', here).href;
  const code = `import(${JSON.stringify(tsxEsmApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return { source: code, eval: true };
}
