import { describe, expect, it } from 'vitest';
import type { Plan, PlanStep } from '../../../src-shared/domain/plan';
import { diffPlans } from './diff-plans';

function step(stepNumber: number, side: PlanStep['side'], symbol: string, quantity: number, price: number): PlanStep {
  return {
    stepNumber,
    side,
    symbol,
    name: `${symbol} Inc`,
    quantity,
    estimatedPrice: price,
    estimatedValueEur: quantity * price,
    currency: 'EUR',
    reason: 'r',
    narrative: 'n',
    isWindfall: false,
    isAveragingDown: false,
    contributesTo: [],
  };
}

function plan(steps: PlanStep[], endStateScore: number): Plan {
  const buys = steps.filter((s) => s.side === 'BUY').reduce((sum, s) => sum + s.estimatedValueEur, 0);
  return {
    steps,
    currentScore: 0.5,
    endStateScore,
    improvement: endStateScore - 0.5,
    narrativeSummary: '',
    scoreBreakdown: null,
    cashRequiredEur: buys,
    cashGeneratedEur: 0,
    availableCashEur: 1000,
    feasible: true,
    source: 'direct_buy',
  };
}

describe('diffPlans', () => {
  it('finds trades added, removed, resized and unchanged, and the score before and after', () => {
    const a = plan([step(1, 'SELL', 'AAA', 10, 5), step(2, 'BUY', 'BBB', 3, 20), step(3, 'BUY', 'CCC', 1, 100)], 0.61);
    const b = plan([step(1, 'BUY', 'BBB', 5, 20), step(2, 'BUY', 'DDD', 2, 10), step(3, 'BUY', 'CCC', 1, 100)], 0.64);
    const d = diffPlans(a, b);
    expect(d.trades.map((t) => [t.side, t.symbol, t.kind, t.quantityA, t.quantityB])).toEqual([
      ['BUY', 'BBB', 'resized', 3, 5],
      ['BUY', 'DDD', 'added', 0, 2],
      ['BUY', 'CCC', 'unchanged', 1, 1],
      ['SELL', 'AAA', 'removed', 10, 0],
    ]);
    expect([d.added, d.removed, d.resized]).toEqual([1, 1, 1]);
    expect(d.scoreBefore).toBe(0.61);
    expect(d.scoreAfter).toBe(0.64);
    expect(d.scoreDelta).toBeCloseTo(0.03, 10);
    expect(d.cashRequiredBefore).toBe(160);
    expect(d.cashRequiredAfter).toBe(220);
    expect(d.trades[0]?.valueEurA).toBe(60);
    expect(d.trades[0]?.valueEurB).toBe(100);
  });

  it('treats a buy and a sell of the same symbol as different trades', () => {
    const d = diffPlans(plan([step(1, 'BUY', 'AAA', 1, 10)], 0.5), plan([step(1, 'SELL', 'AAA', 1, 10)], 0.5));
    expect(d.trades.map((t) => `${t.kind} ${t.side}`)).toEqual(['added SELL', 'removed BUY']);
  });

  it('sums steps of the same trade before comparing', () => {
    const a = plan([step(1, 'BUY', 'AAA', 2, 10), step(2, 'BUY', 'AAA', 3, 10)], 0.5);
    const b = plan([step(1, 'BUY', 'AAA', 5, 10)], 0.5);
    const d = diffPlans(a, b);
    expect(d.trades).toHaveLength(1);
    expect(d.trades[0]?.kind).toBe('unchanged');
    expect(d.trades[0]?.quantityA).toBe(5);
  });

  it('reports nothing changed between a plan and itself, and all removed against an empty plan', () => {
    const a = plan([step(1, 'BUY', 'AAA', 2, 10)], 0.7);
    expect(diffPlans(a, a)).toMatchObject({ added: 0, removed: 0, resized: 0, scoreDelta: 0 });
    expect(diffPlans(a, plan([], 0.6))).toMatchObject({ added: 0, removed: 1, resized: 0 });
  });
});
