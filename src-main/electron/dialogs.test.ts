import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createElectronDialogs, tomlFileName } from './dialogs';
import { RecentFiles } from './recent-files';

function setup(answers: { open?: string[]; save?: string | undefined }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-dialogs-'));
  const recent = new RecentFiles(path.join(dir, 'recent.json'));
  const asked: Array<{ kind: string; options: Record<string, unknown> }> = [];
  const dialog = {
    showOpenDialog: async (options: Record<string, unknown>) => {
      asked.push({ kind: 'open', options });
      return { canceled: answers.open === undefined, filePaths: answers.open ?? [] };
    },
    showSaveDialog: async (options: Record<string, unknown>) => {
      asked.push({ kind: 'save', options });
      return { canceled: answers.save === undefined, filePath: answers.save ?? '' };
    },
  };
  const dialogs = createElectronDialogs({ dialog: dialog as never, window: () => null, recent, defaultDir: dir });
  return { dir, recent, asked, dialogs };
}

describe('tomlFileName', () => {
  it('makes a safe file name ending in .toml', () => {
    expect(tomlFileName('default')).toBe('default.toml');
    expect(tomlFileName('Default.TOML')).toBe('Default.TOML');
    expect(tomlFileName('../../etc/passwd')).toBe('passwd.toml');
    expect(tomlFileName('a:b*c?.toml')).toBe('a_b_c_.toml');
    expect(tomlFileName('..')).toBe('strategy.toml');
  });
});

describe('Electron dialogs', () => {
  it('opens a TOML file with TOML filters and remembers it', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-open-')), 'plan.toml');
    fs.writeFileSync(file, '[planner]\n');
    const { recent, asked, dialogs } = setup({ open: [file] });
    expect(await dialogs.openToml()).toEqual({ fileName: 'plan.toml', path: file, text: '[planner]\n' });
    expect(recent.list()).toEqual([file]);
    expect(asked[0]?.options.filters).toEqual([
      { name: 'TOML strategy files', extensions: ['toml'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('returns null when the open dialog is cancelled', async () => {
    const { recent, dialogs } = setup({});
    expect(await dialogs.openToml()).toBeNull();
    expect(recent.list()).toEqual([]);
  });

  it('refuses a binary file picked in the open dialog, storing nothing in recent files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-bin-'));
    const file = path.join(dir, 'image.toml');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    const { dialogs, recent } = setup({ open: [file] });
    await expect(dialogs.openToml()).rejects.toMatchObject({ code: 'invalid_file', file: 'image.toml' });
    expect(recent.list()).toEqual([]);
  });

  it('saves under the chosen path, adding .toml when the dialog left it off', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-save-'));
    const { dialogs, asked, recent } = setup({ save: path.join(dir, 'exported') });
    expect(await dialogs.saveToml('My plan', 'x = 1\n')).toEqual({ path: path.join(dir, 'exported.toml') });
    expect(fs.readFileSync(path.join(dir, 'exported.toml'), 'utf8')).toBe('x = 1\n');
    expect(path.basename(String(asked[0]?.options.defaultPath))).toBe('My plan.toml');
    expect(recent.list()).toEqual([path.join(dir, 'exported.toml')]);
    expect(fs.readdirSync(dir)).toEqual(['exported.toml']);
  });

  it('never overwrites the .toml it added without the dialog having asked about that file', async () => {
    // The dialog confirms overwriting the name typed ("exported"), not "exported.toml".
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-save-'));
    fs.writeFileSync(path.join(dir, 'exported.toml'), 'kept = true\n');
    const { dialogs, recent } = setup({ save: path.join(dir, 'exported') });
    await expect(dialogs.saveToml('My plan', 'x = 1\n')).rejects.toMatchObject({ code: 'conflict', file: path.join(dir, 'exported.toml') });
    expect(fs.readFileSync(path.join(dir, 'exported.toml'), 'utf8')).toBe('kept = true\n');
    expect(fs.readdirSync(dir)).toEqual(['exported.toml']);
    expect(recent.list()).toEqual([]);
  });

  it('replaces a file the dialog confirmed overwriting', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-save-'));
    fs.writeFileSync(path.join(dir, 'exported.toml'), 'old = 1\n');
    const { dialogs } = setup({ save: path.join(dir, 'exported.toml') });
    expect(await dialogs.saveToml('My plan', 'x = 1\n')).toEqual({ path: path.join(dir, 'exported.toml') });
    expect(fs.readFileSync(path.join(dir, 'exported.toml'), 'utf8')).toBe('x = 1\n');
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    const { dialogs, dir } = setup({});
    expect(await dialogs.saveToml('a', 'x')).toBeNull();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('opens recent files only from the list, and forgets ones that are gone', async () => {
    const { dialogs, recent, dir } = setup({});
    const file = path.join(dir, 'kept.toml');
    fs.writeFileSync(file, 'a = 1\n');
    await expect(dialogs.openRecent(file)).rejects.toMatchObject({ code: 'not_found' });
    recent.add(file);
    expect((await dialogs.openRecent(file)).text).toBe('a = 1\n');
    fs.rmSync(file);
    await expect(dialogs.openRecent(file)).rejects.toMatchObject({ code: 'invalid_file' });
    expect(recent.has(file)).toBe(false);
  });
});
