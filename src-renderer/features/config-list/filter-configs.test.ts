import { describe, expect, it } from 'vitest';
import type { ConfigSummary } from '../../../src-shared/api/schemas/configs';
import { filterConfigs } from './filter-configs';

const summary = (name: string, title: string, buckets: string[] = []): ConfigSummary => ({
  id: name.length,
  name,
  title,
  version: 1,
  versionCount: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  buckets,
});

const all = [summary('zeta', 'Zeta plan'), summary('aggressive', 'Aggressive growth', ['prod']), summary('balanced', 'Balanced', ['test'])];

describe('filterConfigs', () => {
  it('returns every config sorted by name for an empty query', () => {
    expect(filterConfigs(all, '  ').map((c) => c.name)).toEqual(['aggressive', 'balanced', 'zeta']);
  });

  it('matches every word against name, title and buckets, ignoring case', () => {
    expect(filterConfigs(all, 'AGG prod').map((c) => c.name)).toEqual(['aggressive']);
    expect(filterConfigs(all, 'test').map((c) => c.name)).toEqual(['balanced']);
    expect(filterConfigs(all, 'plan').map((c) => c.name)).toEqual(['zeta']);
  });

  it('finds nothing when one word matches nothing', () => {
    expect(filterConfigs(all, 'aggressive nothing')).toEqual([]);
  });
});
