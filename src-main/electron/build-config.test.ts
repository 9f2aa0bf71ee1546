import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';

const root = path.resolve(import.meta.dirname, '..', '..');
type Section = { build: { outDir?: string; externalizeDeps?: boolean; rolldownOptions: { input: Record<string, string>; output?: Record<string, string> } } };
const { main, preload } = config as unknown as { main: Section; preload: Section };

describe('electron.vite.config', () => {
  it('builds main and every planner worker next to it, keeping dependencies (sql.js) external', () => {
    expect(main.build.rolldownOptions.input.main).toBe(path.join(root, 'src-main/electron/main.ts'));
    expect(main.build.rolldownOptions.input['planner.worker']).toBe(path.join(root, 'src-main/planner/worker/planner.worker.ts'));
    expect(main.build.externalizeDeps).toBe(true);
    // A chunk in a subfolder would move import.meta.dirname for the code inside it.
    expect(main.build.rolldownOptions.output?.chunkFileNames).not.toContain('/');
  });

  it('builds the sandboxed preload as one CommonJS file, named as main.ts expects', () => {
    expect(preload.build.rolldownOptions.output).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(Object.keys(preload.build.rolldownOptions.input)).toEqual(['preload']);
    expect(preload.build.externalizeDeps).toBe(false);
  });
});
