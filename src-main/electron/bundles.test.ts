import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'electron-vite';
import { describe, expect, it } from 'vitest';
import { IPC_CALL_PREFIX } from '../../src-shared/api/bridge';
import electronViteConfig from '../../electron.vite.config';

/**
 * The bundles as electron-vite really builds them (no Electron binary needed): the preload run
 * the way a sandboxed renderer runs it, a CommonJS script whose `require` knows only "electron"
 * (an ESM leftover or any other require fails here before it fails in a window); main checked
 * by Node's parser and for sql.js staying external (sql.js #495).
 */
const root = path.resolve(import.meta.dirname, '..', '..');
type Section = { build: Record<string, unknown> };
const config = electronViteConfig as unknown as { main: Section; preload: Section };

/** Builds one section of the real config into a temporary folder and returns that folder. */
async function buildSection(name: 'main' | 'preload'): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `studio-${name}-build-`));
  // electron-vite builds only from a config file: write one holding the real section (plain
  // data) with another output folder; `electron-vite` resolves from beside it.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(outDir, 'node_modules'), 'junction');
  const section = { ...config[name], build: { ...config[name].build, outDir } };
  const configFile = path.join(outDir, `${name}-only.config.mjs`);
  fs.writeFileSync(configFile, `export default { ${name}: ${JSON.stringify(section)} };\n`);
  await build({ configFile, root, logLevel: 'silent' });
  return outDir;
}

describe('the built preload', () => {
  it('runs as a sandboxed CommonJS script needing only electron, and exposes window.studio', async () => {
    const code = fs.readFileSync(path.join(await buildSection('preload'), 'preload.cjs'), 'utf8');
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

describe('the built main process', () => {
  it('is valid ESM beside its planner worker, with sql.js left external', async () => {
    const outDir = await buildSection('main');
    const files = fs.readdirSync(outDir).filter((f) => f.endsWith('.js'));
    expect(files).toContain('main.js');
    expect(files).toContain('planner.worker.js');
    for (const file of files) {
      // Catches what only shows at load time, e.g. a second `require` declaration (TOOLCHAIN.md §2.6).
      const check = spawnSync(process.execPath, ['--check', path.join(outDir, file)], { encoding: 'utf8' });
      expect(check.stderr, file).toBe('');
    }
    const all = files.map((f) => fs.readFileSync(path.join(outDir, f), 'utf8')).join('\n');
    expect(all).toMatch(/from "sql\.js"/);
    expect(all).not.toContain('var initSqlJs = function');
  }, 60_000);
});
