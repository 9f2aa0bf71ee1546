import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { assetPath } from '../../platform/paths';
import { discardDraft, getDraft, saveDraft } from './drafts';
import { getPortfolio, importPortfolio, listAllPortfolios } from './portfolios';
import { createPreset, getPreset, listAllPresets, presetTags, usePreset } from './presets';
import { getRun, listRecentRuns, recordRun } from './runs';
import { openTestStore } from './test-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
async function fresh(seed = false) {
  const t = await openTestStore({ seed });
  cleanups.push(t.cleanup);
  return t.store;
}

describe('presets', () => {
  it('creates with sorted unique tags, counts uses, filters by tag', async () => {
    const store = await fresh();
    const p = createPreset(store, { name: 'mine', description: 'd', toml: '[planner]\n', tags: ['swing', 'low-risk', 'swing'] });
    expect(p).toMatchObject({ tags: ['low-risk', 'swing'], downloads: 0, author: 'tester', builtin: false });
    usePreset(store, p.id);
    expect(usePreset(store, p.id).downloads).toBe(2);
    expect(getPreset(store, p.id).configToml).toBe('[planner]\n');
    createPreset(store, { name: 'other', description: '', toml: '', tags: ['swing'] });
    expect(listAllPresets(store, 'low-risk').map((x) => x.name)).toEqual(['mine']);
    expect(presetTags(store)).toEqual([{ tag: 'swing', count: 2 }, { tag: 'low-risk', count: 1 }]);
    expect(() => createPreset(store, { name: 'mine', description: '', toml: '', tags: [] })).toThrow(/already exists/);
    expect(() => createPreset(store, { name: 'broken', description: '', toml: 'a = ', tags: [] })).toThrow(/not a valid strategy/);
  });

  it('seeds the built-in presets as builtin with tags', async () => {
    const store = await fresh(true);
    const builtin = listAllPresets(store).filter((p) => p.builtin).map((p) => p.name);
    expect(builtin).toEqual(expect.arrayContaining(['default', 'conservative', 'aggressive']));
    expect(listAllPresets(store, 'conservative').map((p) => p.name)).toEqual(['conservative']);
  });
});

describe('portfolios', () => {
  it('imports a valid snapshot with a hash and refuses a broken one naming the path', async () => {
    const store = await fresh(true);
    const sample = JSON.parse(fs.readFileSync(assetPath('sample-portfolio.json'), 'utf8')) as Record<string, unknown>;
    expect(listAllPortfolios(store).map((p) => p.name)).toEqual([sample.name]);
    const copy = importPortfolio(store, { json: sample, name: 'Copy' });
    expect(copy.portfolioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(getPortfolio(store, copy.id).snapshot.name).toBe('Copy');
    expect(() => importPortfolio(store, { json: sample, name: 'Copy' })).toThrow(/already exists/);
    expect(() => importPortfolio(store, { json: { ...sample, cashEur: -1 }, name: 'Neg', fileName: 'neg.json' })).toThrow(
      /neg\.json is not a valid portfolio at cashEur/,
    );
    expect(listAllPortfolios(store)).toHaveLength(2);
  });
});

describe('runs', () => {
  it('records a run with everything needed to re-run it and lists newest first', async () => {
    const store = await fresh();
    const base = {
      kind: 'plan' as const,
      groupId: null,
      label: 'default on sample',
      bucket: 'core',
      configId: null,
      configToml: '[planner]\n',
      configHash: 'h1',
      engineVersion: '1.0.0',
      pluginSet: ['p@1'],
      portfolioId: null,
      portfolio: { name: 'inline' },
      portfolioHash: 'ph',
      seed: 42,
      status: 'ok' as const,
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 12.5,
      summary: { score: 0.7 },
      result: { plan: [] },
    };
    recordRun(store, { ...base, runId: 'r1' });
    recordRun(store, { ...base, runId: 'r2', kind: 'ab_arm', groupId: 'g' });
    expect(listRecentRuns(store).map((r) => r.runId)).toEqual(['r2', 'r1']);
    expect(listRecentRuns(store, { groupId: 'g' }).map((r) => r.runId)).toEqual(['r2']);
    expect(getRun(store, 'r1')).toMatchObject({ seed: 42, pluginSet: ['p@1'], portfolio: { name: 'inline' }, result: { plan: [] }, summary: { score: 0.7 } });
    expect(() => getRun(store, 'nope')).toThrow(/No run/);
  });
});

describe('drafts', () => {
  it('saves, replaces and discards the unsaved text of a config', async () => {
    const store = await fresh();
    saveDraft(store, { configName: 'x', baseVersionId: null, text: 'a' });
    saveDraft(store, { configName: 'x', baseVersionId: null, text: 'ab' });
    expect(getDraft(store, 'x')?.text).toBe('ab');
    discardDraft(store, 'x');
    expect(getDraft(store, 'x')).toBeNull();
  });
});
