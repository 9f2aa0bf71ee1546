import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

const root = path.resolve(import.meta.dirname, 'src-renderer');

/** One renderer build, shared by the web build and electron-vite's renderer section. */
export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: path.resolve(import.meta.dirname, 'out', 'renderer'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 8000,
    rolldownOptions: { input: path.join(root, 'index.html') },
  },
};
