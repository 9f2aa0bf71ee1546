import { afterEach, expect, it, vi } from 'vitest';
import { presetToml, samplePortfolio } from '../testing/fixtures';

// A worker entry that dies at start-up, as a missing or broken planner.worker.js would.
const entry = vi.hoisted(() => vi.fn(() => ({ source: 'throw new Error("broken worker entry")', eval: true })));
vi.mock('./entry-path', () => ({ plannerWorkerEntry: entry }));

const { WorkerPool } = await import('./pool');

afterEach(() => entry.mockClear());

it('fails the run when its worker dies at start-up, and does not respawn workers with nothing to do', async () => {
  const pool = new WorkerPool(1, async () => []);
  try {
    await expect(pool.run({ toml: presetToml('default'), portfolio: samplePortfolio() }, {})).rejects.toThrow(/planner worker stopped/);
    const spawned = entry.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(entry.mock.calls.length).toBe(spawned); // no endless respawn loop
    // The next run gets a fresh worker (and fails the same way here).
    await expect(pool.run({ toml: presetToml('default'), portfolio: samplePortfolio() }, {})).rejects.toThrow(/planner worker stopped/);
    expect(entry.mock.calls.length).toBeGreaterThan(spawned);
  } finally {
    await pool.close();
  }
});
