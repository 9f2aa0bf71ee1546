import { describe, expect, it, vi } from 'vitest';

const created: Array<Record<string, unknown>> = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
    maximize = vi.fn();
    once = vi.fn();
  },
}));

const { createMainWindow } = await import('./window');

describe('the main window', () => {
  it('is isolated, sandboxed and without Node, whatever else changes', () => {
    createMainWindow({ width: 1000, height: 700, maximized: false }, '/app/out/preload/preload.cjs');
    const prefs = created[0]?.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(created[0]).toMatchObject({ width: 1000, height: 700, show: false });
  });

  it('never turns on a risky preference', () => {
    createMainWindow({ width: 1000, height: 700, maximized: true }, '/p.cjs');
    const prefs = created.at(-1)?.webPreferences as Record<string, unknown>;
    const risky = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent', 'experimentalFeatures', 'webviewTag'];
    for (const key of risky) expect(prefs[key], key).toBe(false);
  });
});
