import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_PREFIX } from '../../src-shared/api/bridge';
import { methodNames } from '../../src-shared/api/contract';

/**
 * The wiring of main.ts with every Electron API faked (no binary here): what is set up before
 * `ready`, where data goes, what the window loads, and that IPC and the menu are in place.
 */
const calls: string[] = [];
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
// The app folder as when run from source: a built renderer, the repository's assets and plugins.
const appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-app-'));
fs.mkdirSync(path.join(appDir, 'out', 'renderer'), { recursive: true });
fs.writeFileSync(path.join(appDir, 'out', 'renderer', 'index.html'), '<!doctype html>');
for (const folder of ['assets', 'plugins']) fs.symlinkSync(path.join(repoRoot, folder), path.join(appDir, folder), 'junction');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-main-'));
process.env.PLANNER_STUDIO_DATA_DIR = dataDir;

const ipcChannels: string[] = [];
const appListeners = new Map<string, (...args: unknown[]) => void>();
let loadedUrl = '';
let preloadPath = '';
let resolveLoaded: () => void = () => {};
const loaded = new Promise<void>((resolve) => (resolveLoaded = resolve));

vi.mock('electron', () => {
  const webContents = { id: 1, on: vi.fn(), once: vi.fn(), send: vi.fn(), isDestroyed: () => false, mainFrame: { url: 'app://studio/index.html' } };
  class BrowserWindow {
    webContents = webContents;
    constructor(options: { webPreferences: { preload: string } }) {
      preloadPath = options.webPreferences.preload;
      calls.push('new BrowserWindow');
    }
    on = vi.fn();
    once = vi.fn();
    maximize = vi.fn();
    async loadURL(url: string) {
      loadedUrl = url;
      resolveLoaded();
    }
  }
  return {
    app: {
      isPackaged: false,
      setName: (name: string) => calls.push(`setName ${name}`),
      getPath: (name: string) => `/fake/${name}`,
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      setAppLogsPath: (value: string) => calls.push(`setAppLogsPath ${value}`),
      getAppPath: () => appDir,
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, body: string) => calls.push(`error ${title}: ${body}`), showMessageBoxSync: vi.fn() },
    ipcMain: { handle: (channel: string) => ipcChannels.push(channel), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown[]) => t, setApplicationMenu: () => calls.push('setApplicationMenu') },
    protocol: {
      registerSchemesAsPrivileged: () => calls.push('registerSchemesAsPrivileged'),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: { defaultSession: { setPermissionRequestHandler: () => calls.push('permissions'), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(), openPath: vi.fn() },
  };
});

await import('./main');
await loaded;

describe('main.ts wiring', () => {
  it('registers the scheme and moves data and logs before the app is ready', () => {
    expect(calls.slice(0, 4)).toEqual([
      'registerSchemesAsPrivileged',
      'setName Planner Studio',
      `setPath userData ${dataDir}`,
      `setAppLogsPath ${path.join(dataDir, 'logs')}`,
    ]);
  });

  it('points the resources (assets, plugins, wasm) at the app folder when run from source', () => {
    expect(process.env.PLANNER_STUDIO_RESOURCES).toBe(appDir);
  });

  it('denies permissions and serves app:// before the window exists', () => {
    expect(calls.indexOf('permissions')).toBeLessThan(calls.indexOf('new BrowserWindow'));
    expect(calls.indexOf('protocol.handle app')).toBeLessThan(calls.indexOf('new BrowserWindow'));
  });

  it('loads the app from app://studio with the built CommonJS preload', () => {
    expect(loadedUrl).toBe('app://studio/index.html');
    expect(path.basename(preloadPath)).toBe('preload.cjs');
    expect(path.basename(path.dirname(preloadPath))).toBe('preload');
  });

  it('handles every contract method over IPC and installs the menu', () => {
    expect(ipcChannels.sort()).toEqual(methodNames.map((m) => IPC_CALL_PREFIX + m).sort());
    expect(calls).toContain('setApplicationMenu');
    expect(calls.some((c) => c.startsWith('error'))).toBe(false);
  });

  it('hardens every web contents, keeps one instance, and quits when the window closes', () => {
    expect([...appListeners.keys()].sort()).toEqual(['second-instance', 'web-contents-created', 'will-quit', 'window-all-closed']);
  });
});
