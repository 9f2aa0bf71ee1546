import { describe, expect, it } from 'vitest';
import type { ModuleCatalog } from '../../../src-shared/domain/modules';
import { defaultRange, gridValues, numericParams, rangeProblem } from './grid';

const catalog: ModuleCatalog = {
  engineVersion: '1',
  planner: {
    name: { type: 'string', default: 'x', description: 'name' },
    max_depth: { type: 'integer', default: 5, min: 1, max: 10, description: 'depth' },
  },
  modules: [
    {
      meta: { name: 'profit_taking', kind: 'calculator', version: '1.0.0', author: 'a', description: '', tags: [], dependencies: [], source: { type: 'builtin' } },
      params: {
        windfall_threshold: { type: 'number', default: 0.3, min: 0, max: 2, description: 'w' },
        enabled_list: { type: 'string[]', default: [], description: 'l' },
      },
    },
  ],
};

describe('numericParams', () => {
  it('lists number and integer params with their TOML paths, skipping other types', () => {
    expect(numericParams(catalog).map((p) => [p.label, p.path.join('/'), p.integer])).toEqual([
      ['planner.max_depth', 'planner/max_depth', true],
      ['opportunity_calculators.profit_taking.windfall_threshold', 'opportunity_calculators/profit_taking/params/windfall_threshold', false],
    ]);
  });
});

describe('gridValues', () => {
  it('spaces values evenly, ends included', () => {
    expect(gridValues(0, 1, 5, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(gridValues(0.1, 0.3, 3, false)).toEqual([0.1, 0.2, 0.3]);
  });
  it('rounds integers and drops repeats', () => {
    expect(gridValues(1, 3, 5, true)).toEqual([1, 2, 3]);
  });
  it('gives the start alone for one step', () => {
    expect(gridValues(4, 9, 1, true)).toEqual([4]);
  });
});

describe('rangeProblem and defaultRange', () => {
  const [depth, windfall] = numericParams(catalog);
  it('checks bounds and step count', () => {
    expect(rangeProblem(depth!, 1, 10, 10)).toBeNull();
    expect(rangeProblem(depth!, 0, 5, 3)).toMatch(/below its minimum 1/);
    expect(rangeProblem(windfall!, 0, 3, 3)).toMatch(/above its maximum 2/);
    expect(rangeProblem(depth!, 1, 5, 0)).toMatch(/1 to 25 steps/);
    expect(rangeProblem(depth!, NaN, 5, 3)).toMatch(/must be numbers/);
  });
  it('defaults to the bounds', () => {
    expect(defaultRange(windfall!)).toEqual({ from: 0, to: 2 });
  });
});
