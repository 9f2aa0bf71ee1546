import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, rememberWindowState, saveWindowState } from './window-state';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
const stateFile = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-ws-')), 'window-state.json');

describe('window state', () => {
  it('round-trips through the file', () => {
    const file = stateFile();
    saveWindowState(file, { x: 40, y: 50, width: 1000, height: 700, maximized: true });
    expect(loadWindowState(file, screen)).toEqual({ x: 40, y: 50, width: 1000, height: 700, maximized: true });
  });

  it('uses the default when the file is missing, damaged or out of range', () => {
    const file = stateFile();
    expect(loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, '{not json');
    expect(loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
    fs.writeFileSync(file, JSON.stringify({ width: 10, height: 700, maximized: false }));
    expect(loadWindowState(file, screen)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps the size but drops a position that no screen shows any more', () => {
    const file = stateFile();
    saveWindowState(file, { x: 2500, y: 100, width: 900, height: 600, maximized: false });
    expect(loadWindowState(file, screen)).toEqual({ width: 900, height: 600, maximized: false });
    expect(loadWindowState(file, [...screen, { x: 1920, y: 0, width: 1280, height: 1024 }])).toMatchObject({ x: 2500, y: 100 });
  });

  it('saves the normal bounds and maximized flag on close', () => {
    const file = stateFile();
    let onClose = (): void => {};
    rememberWindowState(
      { getNormalBounds: () => ({ x: 10.4, y: 20, width: 1100, height: 750.6 }), isMaximized: () => true, on: (_e, l) => (onClose = l) },
      file,
    );
    expect(fs.existsSync(file)).toBe(false);
    onClose();
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1100, height: 751, maximized: true });
  });
});
