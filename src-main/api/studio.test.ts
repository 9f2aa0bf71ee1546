import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TOML_TEXT_BYTES } from '../../src-shared/api/schemas/toml-text';
import type { HealthReport } from '../../src-shared/api/schemas/planner-ops';
import { presetToml, samplePortfolio } from '../planner/testing/fixtures';
import { STORE_FILES } from '../store/store-database';
import { dispatch } from './dispatch';
import { openStudio } from './studio';

describe('openStudio close', () => {
  it('stops the planner workers even when the store cannot write its last snapshot', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-studio-close-'));
    const studio = await openStudio({ host: 'web', dataDir });
    // the snapshot's place taken by a folder: the closing compaction cannot replace it
    const snapshot = path.join(dataDir, STORE_FILES.snapshot);
    fs.rmSync(snapshot);
    fs.mkdirSync(path.join(snapshot, 'blocker'), { recursive: true });
    await expect(studio.close()).rejects.toThrow();
    await expect(studio.context.planner.plan({ toml: presetToml('default'), portfolio: samplePortfolio() })).rejects.toMatchObject({
      code: 'unavailable',
    });
    expect(fs.existsSync(path.join(dataDir, STORE_FILES.lock))).toBe(false);
  });

  it('reports in the health check that the store could not write its snapshot', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-studio-compact-'));
    const studio = await openStudio({ host: 'web', dataDir });
    const snapshot = path.join(dataDir, STORE_FILES.snapshot);
    fs.rmSync(snapshot);
    fs.mkdirSync(path.join(snapshot, 'blocker'), { recursive: true });
    // two drafts of the largest text pass the 8 MB journal mark: a background compaction runs, and fails
    const big = `# ${'x'.repeat(MAX_TOML_TEXT_BYTES - 4)}\n`;
    for (const configName of ['a', 'b']) {
      const saved = await dispatch(studio.handlers, 'drafts.save', { configName, baseVersionId: null, text: big });
      expect(saved.ok).toBe(true);
    }
    await new Promise((resolve) => setImmediate(resolve));
    const health = await dispatch(studio.handlers, 'planner.health', {});
    const report = (health.ok ? health.value : null) as HealthReport | null;
    expect(report?.checks.find((c) => c.name === 'store')).toMatchObject({ status: 'degraded' });
    expect(report?.reasons.find((r) => r.startsWith('store: '))).toMatch(/could not write a new snapshot/);
    await expect(studio.close()).rejects.toThrow();
  });
});
