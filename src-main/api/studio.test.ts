import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetToml, samplePortfolio } from '../planner/testing/fixtures';
import { STORE_FILES } from '../store/store-database';
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
});
