import { describe, expect, it } from 'vitest';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { compareTimings, verdict } from './compare-runs';

function run(score: number, timings: [string, string, number][] = []): PlanRunResult {
  return {
    runId: 'r',
    seed: 1,
    engineVersion: '1',
    configHash: 'c',
    portfolioHash: 'p',
    plan: {
      steps: [],
      currentScore: 0.5,
      endStateScore: score,
      improvement: 0,
      narrativeSummary: '',
      scoreBreakdown: null,
      cashRequiredEur: 0,
      cashGeneratedEur: 0,
      availableCashEur: 0,
      feasible: true,
      source: null,
    },
    moduleFailures: [],
    skippedModules: [],
    timings: timings.map(([module, operation, totalMs]) => ({ module, operation, count: 1, totalMs, minMs: totalMs, maxMs: totalMs })),
    sequencesGenerated: 0,
    sequencesEvaluated: 0,
    durationMs: 0,
  };
}

describe('verdict', () => {
  it('names the higher score and the margin, absolute and relative to the loser', () => {
    const v = verdict(run(0.6), run(0.75));
    expect(v.winner).toBe('B');
    expect(v.margin).toBeCloseTo(0.15, 12);
    expect(v.relative).toBeCloseTo(0.25, 12);
    expect(verdict(run(0.8), run(0.4)).winner).toBe('A');
  });
  it('calls nearly equal scores a tie', () => {
    expect(verdict(run(0.61234), run(0.61238))).toEqual({ winner: 'tie', margin: expect.any(Number), relative: 0 });
  });
});

describe('compareTimings', () => {
  it('sums operations per module and lists modules of either arm, slowest first', () => {
    const a = run(0.5, [['direct_buy', 'generate', 3], ['direct_buy', 'evaluate', 2], ['profit_taking', 'calculate', 1]]);
    const b = run(0.5, [['direct_buy', 'generate', 4], ['rebalance', 'generate', 9]]);
    expect(compareTimings(a, b)).toEqual([
      { module: 'rebalance', msA: null, msB: 9 },
      { module: 'direct_buy', msA: 5, msB: 4 },
      { module: 'profit_taking', msA: 1, msB: null },
    ]);
  });
});
