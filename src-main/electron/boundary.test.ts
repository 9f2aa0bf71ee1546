import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(file);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe('the Electron boundary', () => {
  it('only src-main/electron imports electron, so the web host, CLI and planner run without it', () => {
    const importsElectron = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]electron['"]/;
    const offenders = ['src-main', 'src-shared', 'src-renderer', 'plugins']
      .flatMap((dir) => sources(path.join(root, dir)))
      .filter((file) => !file.startsWith(path.join(root, 'src-main', 'electron') + path.sep))
      .filter((file) => importsElectron.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('calls shell.openExternal only in its one checked helper', () => {
    const callers = sources(path.join(root, 'src-main'))
      .filter((file) => /\bopenExternal\s*\(/.test(fs.readFileSync(file, 'utf8').replace(/openExternalSafely/g, '')))
      .map((file) => path.relative(root, file));
    expect(callers).toEqual([path.join('src-main', 'electron', 'security.ts')]);
  });
});
