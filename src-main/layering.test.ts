import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Imports run one way (DESIGN.md): renderer → shared and main → shared, never renderer ↔ main,
 * and shared imports only shared code and pure packages. Type-checking shared without Node or
 * DOM types catches most slips; this catches the rest (e.g. a relative import across sides).
 * Test files are left out: they may use test tooling (vitest, fast-check, node:worker_threads).
 */
const root = path.resolve(import.meta.dirname, '..');
const SIDES = ['src-shared', 'src-main', 'src-renderer'] as const;
/** Packages shared code may use: they run unchanged in Node, the browser and workers. */
const PURE_PACKAGES = new Set(['zod', 'smol-toml', 'diff']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

function sideOf(file: string): string | undefined {
  return SIDES.find((side) => file.startsWith(path.join(root, side) + path.sep));
}

function violations(side: (typeof SIDES)[number], allowed: (target: string, specifier: string) => boolean): string[] {
  return sources(path.join(root, side)).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => {
        const target = specifier.startsWith('.') ? (sideOf(path.resolve(path.dirname(file), specifier)) ?? 'outside') : `package:${specifier}`;
        return !allowed(target, specifier);
      })
      .map((specifier) => `${path.relative(root, file)} imports ${specifier}`),
  );
}

describe('layering', () => {
  it('shared code imports only shared code and pure packages', () => {
    expect(
      violations('src-shared', (target, specifier) => target === 'src-shared' || (target.startsWith('package:') && PURE_PACKAGES.has(specifier.split('/')[0]!))),
    ).toEqual([]);
  });

  it('the renderer never imports main-process code', () => {
    expect(violations('src-renderer', (target) => target !== 'src-main' && !target.startsWith('package:node:'))).toEqual([]);
  });

  it('main-process code never imports the renderer', () => {
    expect(violations('src-main', (target) => target !== 'src-renderer')).toEqual([]);
  });
});
