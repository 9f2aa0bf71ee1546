import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'electron-vite';
import { describe, expect, it } from 'vitest';
import { IPC_CALL_PREFIX } from '../../src-shared/api/bridge';
import electronViteConfig from '../../electron.vite.config';

/**
 * The preload as electron-vite really builds it, run the way a sandboxed renderer runs it: a
 * CommonJS script whose `require` knows only "electron". An ESM leftover or a require of any
 * other module would fail here before it fails in a window.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const config = electronViteConfig as { preload: { build: Record<string, unknown> } };

async function buildPreload(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-preload-'));
  // electron-vite builds only from a config file: write one holding the real preload section
  // (plain data) with another output folder; `electron-vite` resolves from beside it.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(outDir, 'node_modules'), 'junction');
  const preload = { ...config.preload, build: { ...config.preload.build, outDir } };
  const configFile = path.join(outDir, 'preload-only.config.mjs');
  fs.writeFileSync(configFile, `export default { preload: ${JSON.stringify(preload)} };\n`);
  await build({ configFile, root, logLevel: 'silent' });
  return fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
}

describe('the built preload', () => {
  it('runs as a sandboxed CommonJS script needing only electron, and exposes window.studio', async () => {
    const code = await buildPreload();
    const required: string[] = [];
    const exposed: Record<string, { call(m: string, r: unknown): Promise<unknown> }> = {};
    const invoked: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: never) => void (exposed[key] = api) },
      ipcRenderer: { invoke: async (channel: string) => void invoked.push(channel), on: () => {}, removeListener: () => {} },
    };
    const module = { exports: {} };
    const sandbox = {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require "${name}"`);
        return electron;
      },
    };
    vm.runInNewContext(code, sandbox, { filename: 'preload.cjs' });
    expect([...new Set(required)]).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['studio']);
    await exposed.studio?.call('system.info', {});
    expect(invoked).toEqual([`${IPC_CALL_PREFIX}system.info`]);
  }, 60_000);
});
