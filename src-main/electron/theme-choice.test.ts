import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadThemeChoice, saveThemeChoice } from './theme-choice';

describe('the theme picked in the menu', () => {
  it('is kept across launches, and a missing or damaged file means "follow the system"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'theme-'));
    const file = path.join(dir, 'settings', 'theme.json');
    expect(loadThemeChoice(file)).toBe('system');
    saveThemeChoice(file, 'dark');
    expect(loadThemeChoice(file)).toBe('dark');
    fs.writeFileSync(file, '{"theme": "purple"}');
    expect(loadThemeChoice(file)).toBe('system');
    fs.writeFileSync(file, '{not json');
    expect(loadThemeChoice(file)).toBe('system');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
