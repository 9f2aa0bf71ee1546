import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { assetPath } from '../../platform/paths';
import { assignVersion, bucketLane, currentConfigOfBucket, listAllBuckets, portfolioOfBucket, rollbackBucket, setPortfolioOfBucket } from './buckets';
import { importPortfolio, listAllPortfolios } from './portfolios';
import { createVersion, historyOfName } from './configs';
import { openTestStore } from './test-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('buckets', () => {
  it('assigns, rolls back and keeps the whole lane with times and reasons', async () => {
    const t = await openTestStore({ seed: false });
    cleanups.push(t.cleanup);
    const { store } = t;
    const v1 = createVersion(store, { name: 'core-plan', title: 'Core', toml: '[planner]\nmax_depth = 1\n' });
    const v2 = createVersion(store, { name: 'core-plan', toml: '[planner]\nmax_depth = 2\n' });
    assignVersion(store, 'core', v1.id);
    assignVersion(store, 'core', v2.id);
    expect(currentConfigOfBucket(store, 'core').id).toBe(v2.id);

    const back = rollbackBucket(store, 'core', 'core-plan', 1);
    expect(back).toMatchObject({ bucket: 'core', configId: v1.id, version: 1, reason: 'rollback', assignedBy: 'tester' });
    expect(currentConfigOfBucket(store, 'core').id).toBe(v1.id);
    // A rollback moves the bucket only: no new version, the newest version stays active.
    expect(historyOfName(store, 'core-plan').map((v) => [v.version, v.isActive, v.buckets])).toEqual([
      [2, true, []],
      [1, false, ['core']],
    ]);
    expect(() => rollbackBucket(store, 'core', 'core-plan', 1)).toThrow(/already uses core-plan@1/);
    expect(() => rollbackBucket(store, 'core', 'core-plan', 7)).toThrow(/has no version 7/);
    expect(() => rollbackBucket(store, 'satellite', 'core-plan', 2)).toThrow(/no assignment to roll back/);

    const lane = bucketLane(store, 'core');
    expect(lane.map((a) => [a.version, a.reason])).toEqual([[1, 'assign'], [2, 'assign'], [1, 'rollback']]);
    const times = lane.map((a) => a.assignedAt);
    expect([...times].sort()).toEqual(times);
    expect(listAllBuckets(store).map((b) => [b.name, b.current?.version])).toEqual([['core', 1]]);
    expect(t.changes).toContain('buckets');
  });

  it('refuses an unknown version and an unknown bucket', async () => {
    const t = await openTestStore({ seed: false });
    cleanups.push(t.cleanup);
    expect(() => assignVersion(t.store, 'core', 999)).toThrow(/No config version with id 999/);
    expect(listAllBuckets(t.store)).toEqual([]);
    expect(() => bucketLane(t.store, 'ghost')).toThrow(/No bucket named "ghost"/);
    expect(() => currentConfigOfBucket(t.store, 'ghost')).toThrow(/No bucket named "ghost"/);
  });

  it('gives a bucket a portfolio of its own: the seeded core bucket has the sample one; null falls back to the first', async () => {
    const t = await openTestStore({ seed: true });
    cleanups.push(t.cleanup);
    const { store } = t;
    const [sample] = listAllPortfolios(store);
    expect(listAllBuckets(store)[0]).toMatchObject({ name: 'core', portfolioId: sample!.id, portfolioName: sample!.name });
    const json = JSON.parse(fs.readFileSync(assetPath('sample-portfolio.json'), 'utf8')) as unknown;
    const satellite = importPortfolio(store, { json, name: 'Satellite holdings' });

    expect(setPortfolioOfBucket(store, 'core', satellite.id)).toMatchObject({ portfolioId: satellite.id, portfolioName: 'Satellite holdings' });
    expect(portfolioOfBucket(store, 'core')).toBe(satellite.id);
    expect(t.changes).toContain('buckets');
    expect(setPortfolioOfBucket(store, 'core', null)).toMatchObject({ portfolioId: null, portfolioName: null });
    expect(portfolioOfBucket(store, 'core')).toBeUndefined();
    expect(portfolioOfBucket(store, 'no-such-bucket')).toBeUndefined();

    const seq = store.db.journalSeq;
    expect(() => setPortfolioOfBucket(store, 'core', 999)).toThrow(/No stored portfolio with id 999/);
    expect(() => setPortfolioOfBucket(store, 'nope', satellite.id)).toThrow(/No bucket named "nope"/);
    expect(store.db.journalSeq).toBe(seq);
  });
});
