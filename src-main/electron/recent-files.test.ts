import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentFiles } from './recent-files';

const listFile = (): string => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-recent-')), 'recent-files.json');

describe('RecentFiles', () => {
  it('keeps newest first without duplicates, at most 10, across restarts', () => {
    const file = listFile();
    const recent = new RecentFiles(file);
    for (let i = 0; i < 12; i++) recent.add(`/f/${i}.toml`);
    recent.add('/f/5.toml');
    const expected = ['/f/5.toml', '/f/11.toml', '/f/10.toml', '/f/9.toml', '/f/8.toml', '/f/7.toml', '/f/6.toml', '/f/4.toml', '/f/3.toml', '/f/2.toml'];
    expect(recent.list()).toEqual(expected);
    expect(new RecentFiles(file).list()).toEqual(expected);
  });

  it('removes, clears and tells listeners', () => {
    const recent = new RecentFiles(listFile());
    const seen: string[][] = [];
    recent.onChange((paths) => seen.push([...paths]));
    recent.add('/a.toml');
    recent.add('/b.toml');
    recent.remove('/a.toml');
    recent.remove('/never.toml');
    recent.clear();
    expect(seen).toEqual([['/a.toml'], ['/b.toml', '/a.toml'], ['/b.toml'], []]);
    expect(recent.has('/b.toml')).toBe(false);
  });

  it('starts empty from a damaged file and drops relative paths', () => {
    const file = listFile();
    fs.writeFileSync(file, '{"broken":');
    expect(new RecentFiles(file).list()).toEqual([]);
    fs.writeFileSync(file, JSON.stringify(['relative.toml', '/abs.toml', '/abs.toml']));
    expect(new RecentFiles(file).list()).toEqual(['/abs.toml']);
  });
});
