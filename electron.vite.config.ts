import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.ts';

const root = import.meta.dirname;

/**
 * Worker-thread entries of the planner (`src-main/planner/worker/*.worker.ts`), built next to
 * main.js so the desktop app starts them from plain JavaScript.
 */
function plannerWorkerEntries(): Record<string, string> {
  const dir = path.join(root, 'src-main', 'planner', 'worker');
  if (!fs.existsSync(dir)) return {};
  const entries: Record<string, string> = {};
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith('.worker.ts')) entries[file.slice(0, -'.ts'.length)] = path.join(dir, file);
  }
  return entries;
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Dependencies (sql.js among them) stay external: bundling mangles sql.js's UMD wrapper (sql.js #495).
      externalizeDeps: true,
      rolldownOptions: {
        input: { main: path.join(root, 'src-main/electron/main.ts'), ...plannerWorkerEntries() },
        // Shared chunks sit beside main.js, not in chunks/: code that finds files relative to
        // its own module (the worker entry, the repository root) must see the same folder.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load ESM or node_modules: one self-contained CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: path.join(root, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, outDir: path.join(root, 'out', 'renderer') },
  },
});
