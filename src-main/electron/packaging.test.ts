import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder cannot package here (it downloads Electron), but its own configuration
 * loader and schema check run offline: this is the "dry check" of electron-builder.yml.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const load = createRequire(path.join(root, 'package.json'));
const { getConfig, validateConfiguration } = load('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, any>>;
  validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
};
const { DebugLogger } = load('builder-util/out/DebugLogger.js') as { DebugLogger: new (enabled: boolean) => unknown };

const config = await getConfig(root, null, null);

function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema check", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by that check when an option is misspelt (the check can fail)', async () => {
    const broken = { ...config, nsis: { ...config.nsis, oneClik: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and targets AppImage + deb, dmg and nsis', () => {
    expect(config.appId).toBe('io.plannerstudio.desktop');
    expect(config.productName).toBe('Planner Studio');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });

  it('installs on Windows with a choice and never deletes app data', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, deleteAppDataOnUninstall: false });
  });

  it('ships the sql.js wasm, presets, sample portfolio and plugins as resources that exist', () => {
    const resources = config.extraResources as Array<{ from: string; to: string }>;
    expect(resources.map((r) => r.to)).toEqual(['sql-wasm.wasm', 'assets/presets', 'assets/sample-portfolio.json', 'plugins']);
    for (const { from } of resources) expect(fs.existsSync(path.join(root, from)), from).toBe(true);
  });

  it('packs the built app whose entry package.json names', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/main.js');
    const filter = (config.files as Array<{ filter: string[] }>)[0]?.filter ?? [];
    expect(filter.slice(0, 3)).toEqual(['out/**/*', 'package.json', '!**/*.map']);
  });

  it('leaves out only packages the main process never imports', () => {
    const excluded = /^!\*\*\/node_modules\/\{(.+)\}\/\*\*$/.exec((config.files as Array<{ filter: string[] }>)[0]?.filter[3] ?? '')?.[1]?.split(',') ?? [];
    expect(excluded).toContain('monaco-editor');
    const imported = new Set<string>();
    const scan = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) scan(file);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '((?:@[\w.-]+\/)?[\w.-]+)[^']*'/g)) imported.add(m[1] ?? '');
        }
      }
    };
    scan(path.join(root, 'src-main'));
    scan(path.join(root, 'src-shared'));
    expect(imported).toContain('sql.js');
    expect(excluded.filter((name) => [...imported].some((i) => i === name || i.startsWith(`${name}/`)))).toEqual([]);
  });

  it('has real PNG icons: 512 px for macOS and Windows, every Linux size', () => {
    expect(pngSize(path.join(root, config.mac.icon))).toEqual([512, 512]);
    expect(config.win.icon).toBe(config.mac.icon);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(path.join(root, config.linux.icon, `${size}x${size}.png`))).toEqual([size, size]);
    }
  });
});
