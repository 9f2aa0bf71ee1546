import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './paths';

describe('defaultDataDir', () => {
  it('matches Electron userData for the app on each OS', () => {
    expect(defaultDataDir('linux', {})).toBe(path.join(os.homedir(), '.config', 'Planner Studio'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' })).toBe(path.join('/cfg', 'Planner Studio'));
    expect(defaultDataDir('darwin', {})).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Planner Studio'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' })).toBe(path.join('C:\\Users\\u\\AppData\\Roaming', 'Planner Studio'));
  });
});
