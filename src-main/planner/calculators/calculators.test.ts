import { describe, expect, it } from 'vitest';
import { contextFor, paramsOf, portfolio, security } from '../testing/fixtures';
import { averagingDownCalculator } from './averaging-down';
import { opportunityBuysCalculator } from './opportunity-buys';
import { profitTakingCalculator } from './profit-taking';
import { rebalanceBuysCalculator } from './rebalance-buys';
import { rebalanceSellsCalculator } from './rebalance-sells';
import { weightBasedCalculator } from './weight-based';
import { assessWindfall, windfallScore } from './windfall';

const pos = (symbol: string, quantity: number, avgPrice: number, firstBoughtAt: string | null = null) => ({ symbol, quantity, avgPrice, firstBoughtAt });

describe('windfall rule', () => {
  it('scores excess gain at its breakpoints', () => {
    expect(windfallScore(0.5)).toBe(1);
    expect(windfallScore(0.375)).toBeCloseTo(0.75, 12);
    expect(windfallScore(0.25)).toBe(0.5);
    expect(windfallScore(0.1)).toBeCloseTo(0.2, 12);
    expect(windfallScore(0)).toBe(0);
    expect(windfallScore(-0.2)).toBe(0);
  });

  it('sells 50% of a doubler with a large excess, 30% of a consistent doubler', () => {
    // doubled in 1 year at 10% CAGR: expected 0.10, excess 0.90
    expect(assessWindfall(1, 1, 0.1, 0.3)).toMatchObject({ sellFraction: 0.5, score: 1 });
    // doubled in 7 years at 10%: expected 1.1^7 − 1 = 0.9487, excess 0.0513 ≤ 0.30
    const slow = assessWindfall(1, 7, 0.1, 0.3);
    expect(slow.excess).toBeCloseTo(1 - (1.1 ** 7 - 1), 10);
    expect(slow.sellFraction).toBe(0.3);
  });

  it('uses windfall_threshold as the smallest excess that sells 20%; ≥ 0.50 sells 40%', () => {
    expect(assessWindfall(0.7, 1, 0.1, 0.3).sellFraction).toBe(0.4); // excess 0.60
    expect(assessWindfall(0.45, 1, 0.1, 0.3).sellFraction).toBe(0.2); // excess 0.35
    expect(assessWindfall(0.35, 1, 0.1, 0.3).sellFraction).toBe(0); // excess 0.25 < 0.30
    expect(assessWindfall(0.35, 1, 0.1, 0.2).sellFraction).toBe(0.2); // a lower threshold sells
    expect(assessWindfall(0.5, 1, -1, 0.3).excess).toBe(0.5); // cagr ≤ −1: excess = gain
  });
});

describe('profit_taking calculator', () => {
  const snapshot = portfolio({
    asOf: '2026-01-01',
    securities: [
      security('AAA', { price: 200, metrics: { CAGR_5Y: 0.1 } }),
      security('BBB', { price: 130 }),
      security('CCC', { price: 170, metrics: { CAGR_10Y: 0.1 } }),
      security('DDD', { price: 300, allowSell: false }),
    ],
    positions: [pos('AAA', 10, 100, '2025-01-01'), pos('BBB', 10, 100, '2025-01-01'), pos('CCC', 10, 100, '2024-01-02'), pos('DDD', 10, 100)],
  });

  it('sells the windfall share with priority (score + 0.5) × weight / multiplier', () => {
    const out = profitTakingCalculator.run(contextFor(snapshot), paramsOf(profitTakingCalculator));
    // AAA: gain 1.0 in 365 days, excess 0.9 → 50%, score 1 → (1.5 × 1.2) = 1.8
    // CCC: gain 0.7 in 730 days at 10%: expected 0.21, excess 0.49 → 20%, score 0.98 → 1.48 × 1.2
    expect(out.map((a) => [a.symbol, a.side, a.quantity, a.valueEur])).toEqual([
      ['AAA', 'SELL', 5, 1000],
      ['CCC', 'SELL', 2, 340],
    ]);
    expect(out[0]!.priority).toBeCloseTo(1.8, 12);
    expect(out[1]!.priority).toBeCloseTo(1.48 * 1.2, 12);
    expect(out[0]!.tags).toEqual(['windfall', 'profit_taking']);
  });

  it('honours windfall_threshold (BBB: gain 0.30, excess 0.20)', () => {
    const out = profitTakingCalculator.run(contextFor(snapshot), paramsOf(profitTakingCalculator, { windfall_threshold: 0.15 }));
    const bbb = out.find((a) => a.symbol === 'BBB');
    expect(bbb?.quantity).toBe(2);
    expect(bbb?.priority).toBeCloseTo((0.4 + 0.5) * 1.2, 12);
  });
});

describe('averaging_down calculator', () => {
  const snapshot = portfolio({
    securities: [
      security('DIP', { price: 70, qualityScore: 0.8 }),
      security('SHALLOW', { price: 90, qualityScore: 0.8 }),
      security('KNIFE', { price: 30, qualityScore: 0.9 }),
      security('LOWQ', { price: 70, qualityScore: 0.5 }),
      security('USD', { price: 70, fxRate: 1.1, currency: 'USD', qualityScore: 0.8 }),
      security('JPY', { price: 3000, fxRate: 160, currency: 'JPY', minLot: 100, qualityScore: 0.8 }),
    ],
    positions: [pos('DIP', 10, 100), pos('SHALLOW', 10, 100), pos('KNIFE', 10, 100), pos('LOWQ', 10, 100), pos('USD', 10, 100), pos('JPY', 100, 4000)],
  });

  it('buys quality holdings between max_drawdown and dip_threshold, lot-aware, FX-converted', () => {
    const out = averagingDownCalculator.run(contextFor(snapshot), paramsOf(averagingDownCalculator));
    // DIP −30%: floor(1000 / 70) = 14 shares, €980; priority (0.8 + 0.3) × 0.9
    // USD −30%: €63.64 a share → 15 shares; JPY −25%: one lot of 100 costs €1,875 > €1,000 → one lot
    expect(out.map((a) => [a.symbol, a.quantity])).toEqual([
      ['DIP', 14],
      ['USD', 15],
      ['JPY', 100],
    ]);
    expect(out[0]!.valueEur).toBeCloseTo(980, 9);
    expect(out[0]!.priority).toBeCloseTo(0.99, 12);
    expect(out[1]!.valueEur).toBeCloseTo((15 * 70) / 1.1, 9);
    expect(out[2]!.valueEur).toBeCloseTo(1875, 9);
    expect(out[0]!.tags).toEqual(['averaging_down', 'buy_low']);
  });

  it('follows dip_threshold and min_quality_score', () => {
    const out = averagingDownCalculator.run(contextFor(snapshot), paramsOf(averagingDownCalculator, { dip_threshold: -0.05, min_quality_score: 0.4 }));
    expect(out.map((a) => a.symbol)).toEqual(['DIP', 'SHALLOW', 'LOWQ', 'USD', 'JPY']);
  });
});

describe('opportunity_buys calculator', () => {
  it('buys every buyable security above the quality bar, held or not', () => {
    const snapshot = portfolio({
      securities: [
        security('HIGH', { qualityScore: 0.9, priorityMultiplier: 1.5 }),
        security('LOW', { qualityScore: 0.6 }),
        security('BLOCKED', { qualityScore: 0.95, allowBuy: false }),
        security('UNKNOWN', { qualityScore: null }),
      ],
    });
    const out = opportunityBuysCalculator.run(contextFor(snapshot), paramsOf(opportunityBuysCalculator));
    expect(out.map((a) => [a.symbol, a.quantity, a.valueEur])).toEqual([['HIGH', 10, 1000]]);
    expect(out[0]!.priority).toBeCloseTo(0.9 * 1.5 * 1.1, 12);
    expect(out[0]!.reason).toBe('High quality (score: 0.90)');
  });
});

describe('rebalancing calculators', () => {
  // EU: A 10 × €100 = €1,000; US: B 5 × €100 = €500; cash €500; total €2,000.
  const snapshot = portfolio({
    cashEur: 500,
    securities: [
      security('A', { country: 'Germany' }),
      security('B', { country: 'United States', qualityScore: 0.8 }),
      security('C', { country: 'United States', qualityScore: 0.6 }),
      security('X', { country: 'Brazil' }),
    ],
    positions: [pos('A', 10, 100), pos('B', 5, 100)],
    countryGroups: { EU: ['Germany'], US: ['United States'] },
    countryTargets: { EU: 0.3, US: 0.7 },
  });

  it('rebalance_sells sells min(position × max_sell_pct, overweight × total) of overweight groups', () => {
    const out = rebalanceSellsCalculator.run(contextFor(snapshot), paramsOf(rebalanceSellsCalculator));
    // EU 0.50 > 0.30 + 0.05: overweight 0.20; min(1000 × 0.3, 0.2 × 2000) = €300 → 3 shares
    expect(out.map((a) => [a.symbol, a.side, a.quantity, a.valueEur])).toEqual([['A', 'SELL', 3, 300]]);
    expect(out[0]!.priority).toBeCloseTo(0.4, 12);
    expect(out[0]!.tags).toEqual(['rebalance', 'overweight_eu']);
    expect(rebalanceSellsCalculator.run(contextFor(snapshot), paramsOf(rebalanceSellsCalculator, { overweight_threshold: 0.2 }))).toEqual([]);
  });

  it('rebalance_buys buys every security of underweight groups; ungrouped ones never', () => {
    const out = rebalanceBuysCalculator.run(contextFor(snapshot), paramsOf(rebalanceBuysCalculator));
    // US 0.25 < 0.70 − 0.05: underweight 0.45; priority 0.45 × 2 + quality × 0.5
    expect(out.map((a) => [a.symbol, a.quantity])).toEqual([
      ['B', 10],
      ['C', 10],
    ]);
    expect(out[0]!.priority).toBeCloseTo(1.3, 12);
    expect(out[1]!.priority).toBeCloseTo(1.2, 12);
    expect(out[0]!.reason).toBe('Underweight US by 45.0%');
  });
});

describe('weight_based calculator', () => {
  const snapshot = portfolio({
    cashEur: 500,
    securities: [security('A'), security('B'), security('C', { price: 50 })],
    positions: [pos('A', 10, 100), pos('B', 5, 120)],
    targetWeights: { A: 0.2, B: 0.5, C: 0.252 },
  });

  it('trades the largest gaps first and files them into the heuristic categories', () => {
    const out = weightBasedCalculator.run(contextFor(snapshot), paramsOf(weightBasedCalculator));
    // A: 0.50 → 0.20 (gap −0.30, €600 → sell 6); C: 0 → 0.252 (gap 0.252, €504 → 10 shares); B: 0.25 → 0.50 (gap 0.25 → 5 shares)
    expect(out.map((a) => [a.side, a.symbol, a.quantity])).toEqual([
      ['SELL', 'A', 6],
      ['BUY', 'C', 10],
      ['BUY', 'B', 5],
    ]);
    expect(out[0]!.priority).toBeCloseTo(30, 9);
    expect(out.map((a) => weightBasedCalculator.categoryOf?.(a))).toEqual(['rebalance_sells', 'rebalance_buys', 'averaging_down']);
    expect(out[2]!.tags).toEqual(['averaging_down', 'optimizer_target']);
  });

  it('skips gaps below min_gap_threshold and trades not worth their cost', () => {
    expect(weightBasedCalculator.run(contextFor(snapshot), paramsOf(weightBasedCalculator, { min_gap_threshold: 0.26 })).map((a) => a.symbol)).toEqual(['A']);
    // worthwhile: |gap value| ≥ 2 × (260 + 5% of it), i.e. ≥ €577.78: only A's €600
    expect(
      weightBasedCalculator.run(contextFor(snapshot), paramsOf(weightBasedCalculator, { transaction_cost_fixed: 260, transaction_cost_percent: 0.05 })).map((a) => a.symbol),
    ).toEqual(['A']);
    const noTargets = portfolio({ ...snapshot, targetWeights: null });
    expect(weightBasedCalculator.run(contextFor(noTargets), paramsOf(weightBasedCalculator))).toEqual([]);
  });
});
