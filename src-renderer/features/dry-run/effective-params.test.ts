import { describe, expect, it } from 'vitest';
import type { StrategyConfig } from '../../../src-shared/config/strategy';
import type { ModuleCatalog } from '../../../src-shared/domain/modules';
import { effectiveParams, formatParamValue } from './effective-params';

const meta = { version: '1.0.0', author: 'a', description: '', tags: [], dependencies: [], source: { type: 'builtin' as const } };
const catalog: ModuleCatalog = {
  engineVersion: '1',
  planner: {},
  modules: [
    {
      meta: { ...meta, name: 'direct_buy', kind: 'pattern' },
      params: {
        max_depth: { type: 'integer', default: 5, description: '' },
        min_value: { type: 'number', default: 100, description: '' },
      },
    },
    { meta: { ...meta, name: 'diversity', kind: 'filter' }, params: { weights: { type: 'number[]', default: [0.5, 0.5], description: '' } } },
  ],
};

const config: StrategyConfig = {
  planner: {},
  modules: {
    calculator: [],
    pattern: [{ name: 'direct_buy', kind: 'pattern', enabled: true, params: { max_depth: 2 } }],
    sequence_generator: [],
    filter: [],
  },
};

describe('effectiveParams', () => {
  it('overlays file params on the defaults and says which came from the file', () => {
    const params = effectiveParams(catalog, config);
    expect(params.get('pattern:direct_buy')).toEqual([
      { key: 'max_depth', value: 2, fromFile: true },
      { key: 'min_value', value: 100, fromFile: false },
    ]);
    expect(params.get('filter:diversity')).toEqual([{ key: 'weights', value: [0.5, 0.5], fromFile: false }]);
  });
  it('formats arrays in brackets', () => {
    expect(formatParamValue([0.5, 0.5])).toBe('[0.5, 0.5]');
    expect(formatParamValue(true)).toBe('true');
  });
});
