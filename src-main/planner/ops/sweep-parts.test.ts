import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { compareVerdict, moduleTimings, turnover } from './compare-verdict';
import { setTomlNumber } from './set-toml-value';
import { axisValues, checkAxisValues, gridPoints, sweepableSpec } from './sweep-grid';

describe('sweep grid', () => {
  it('spaces values evenly, rounds integers and drops repeats', () => {
    expect(axisValues({ path: ['planner', 'x'], from: 0, to: 1, steps: 5 }, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(axisValues({ path: ['planner', 'x'], from: 1, to: 3, steps: 5 }, true)).toEqual([1, 2, 3]);
    expect(axisValues({ path: ['planner', 'x'], values: [0.1 + 0.2, 2] }, false)).toEqual([0.3, 2]);
  });

  it('combines two axes, first axis outermost', () => {
    expect(gridPoints([[1, 2], [10, 20, 30]])).toEqual([
      [1, 10],
      [1, 20],
      [1, 30],
      [2, 10],
      [2, 20],
      [2, 30],
    ]);
  });

  it('accepts only numeric parameters and values within their range', () => {
    const spec = { type: 'integer' as const, default: 5, min: 1, max: 10, description: 'd' };
    expect(sweepableSpec(spec, ['planner', 'max_depth'])).toBe(spec);
    expect(() => sweepableSpec(undefined, ['filters', 'diversity', 'params', 'nope'])).toThrow('filters.diversity.nope: no such parameter.');
    expect(() => sweepableSpec({ type: 'boolean', default: true, description: 'd' }, ['planner', 'allow_buy'])).toThrow(
      'planner.allow_buy: a boolean parameter cannot be swept; choose a number.',
    );
    expect(() => checkAxisValues(spec, ['planner', 'max_depth'], [1, 11])).toThrow('planner.max_depth: 11 is above the maximum 10.');
  });
});

describe('setTomlNumber', () => {
  it('sets a [planner] key and a module param, creating missing tables', () => {
    const toml = '[planner]\nmax_depth = 5 # comment\n\n[pattern_generators.direct_buy]\nenabled = true\n';
    const a = parse(setTomlNumber(toml, ['planner', 'max_depth'], 3)) as Record<string, Record<string, unknown>>;
    expect(a.planner?.max_depth).toBe(3);
    const b = parse(setTomlNumber(toml, ['pattern_generators', 'direct_buy', 'params', 'max_depth'], 2)) as Record<string, unknown>;
    expect(b).toEqual({ planner: { max_depth: 5 }, pattern_generators: { direct_buy: { enabled: true, params: { max_depth: 2 } } } });
    expect(() => setTomlNumber(toml, ['planner', 'max_depth', 'x'], 1)).toThrow('planner.max_depth.x: "max_depth" is not a table in this strategy.');
  });
});

describe('compare verdict', () => {
  const run = (score: number, required: number, generated: number, timings: PlanRunResult['timings']) =>
    ({ plan: { endStateScore: score, cashRequiredEur: required, cashGeneratedEur: generated }, timings }) as unknown as PlanRunResult;

  it('names the winner and the margin, with ties below 1e-4', () => {
    expect(compareVerdict(run(0.62, 0, 0, []), run(0.6, 0, 0, []))).toEqual({ winner: 'A', margin: 0.020000000000000018 });
    expect(compareVerdict(run(0.6, 0, 0, []), run(0.60005, 0, 0, [])).winner).toBe('tie');
    expect(compareVerdict(run(0.5, 0, 0, []), run(0.7, 0, 0, [])).winner).toBe('B');
  });

  it('sums module timings per arm and computes turnover', () => {
    const a = run(0, 1500, 500, [
      { module: 'm', operation: 'generate', count: 2, totalMs: 3, minMs: 1, maxMs: 2 },
      { module: 'm', operation: 'other', count: 1, totalMs: 1, minMs: 1, maxMs: 1 },
    ]);
    const b = run(0, 0, 0, [{ module: 'n', operation: 'filter', count: 1, totalMs: 5, minMs: 5, maxMs: 5 }]);
    expect(moduleTimings(a, b)).toEqual([
      { module: 'm', msA: 4, msB: null },
      { module: 'n', msA: null, msB: 5 },
    ]);
    expect(turnover(a, 10_000)).toBe(0.2);
    expect(turnover(a, 0)).toBe(0);
  });
});
