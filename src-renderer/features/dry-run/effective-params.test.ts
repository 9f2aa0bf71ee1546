import { describe, expect, it } from 'vitest';
import type { DryRunReport } from '../../../src-shared/api/schemas/planner-ops';
import { effectiveParams, formatParamValue } from './effective-params';

const module: DryRunReport['modules'][number] = {
  name: 'direct_buy',
  kind: 'pattern',
  enabled: true,
  source: 'builtin',
  breaker: 'closed',
  resolvedParams: { max_depth: 3, min_value: 100, weights: [0.5, 0.5] },
  paramSources: { max_depth: 'runtime', min_value: 'default', weights: 'file' },
};

describe('effectiveParams', () => {
  it('lists the resolved values in order with the source of each', () => {
    expect(effectiveParams(module)).toEqual([
      { key: 'max_depth', value: 3, source: 'runtime' },
      { key: 'min_value', value: 100, source: 'default' },
      { key: 'weights', value: [0.5, 0.5], source: 'file' },
    ]);
  });
  it('formats arrays in brackets', () => {
    expect(formatParamValue([0.5, 0.5])).toBe('[0.5, 0.5]');
    expect(formatParamValue(true)).toBe('true');
  });
});
