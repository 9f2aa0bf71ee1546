import { describe, expect, it } from 'vitest';
import type { ActionSequence } from '../../../src-shared/domain/plan';
import { buildPortfolioModel } from '../model/portfolio-model';
import { createRng } from '../rng';
import { action, portfolio, security } from '../testing/fixtures';
import { encodeSequences } from './encoded';
import { Evaluator, OUT, OUT_SIZE, type EvaluatorOptions } from './evaluator';
import { ScenarioScorer } from './scenarios';

// A: Germany (EU), 10 × €100 held; B: United States (US), not held, €50. Cash €1,000, total €2,000.
// No metrics: total-return sub-score 0.15, promise and stability 0.5; quality A 0.8, B 0.6; no dividend data.
const model = buildPortfolioModel(
  portfolio({
    cashEur: 1000,
    securities: [security('A', { country: 'Germany', qualityScore: 0.8 }), security('B', { country: 'United States', price: 50, qualityScore: 0.6 })],
    positions: [{ symbol: 'A', quantity: 10, avgPrice: 100, firstBoughtAt: null }],
    countryGroups: { EU: ['Germany'], US: ['United States'] },
    countryTargets: { EU: 0.5, US: 0.5 },
  }),
);
const options: EvaluatorOptions = { fixedCost: 2, percentCost: 0.002, costPenaltyFactor: 0.1, riskProfile: 'balanced', multiTimeframe: false };
const seq = (...actions: ActionSequence['actions']): ActionSequence => ({ actions, source: 'test' });
const sequences = [
  seq(action('BUY', 'B', 1000, 1)),
  seq(action('BUY', 'B', 1500, 1)),
  seq(action('SELL', 'A', 600, 1), action('BUY', 'B', 1500, 1)),
  seq(action('SELL', 'A', 1000, 1)),
];
const enc = encodeSequences(model, sequences);

describe('Evaluator', () => {
  it('scores the portfolio as it is: health D 16.67, V 50, Q 40', () => {
    // EU 0.5 vs 0.5, US 0 vs 0.5: mean deviation 0.25 → D = 100 × (1 − 0.25/0.3); TR 0.15 × 0.5
    const health = (0.4 * (100 / 6) + 15 + 12) / 100;
    expect(new Evaluator(model, options).scoreAsIs()).toBeCloseTo(0.35 * 0.075 + 0.25 * health + 0.2 * 0.25 + 0.15 * 0.25 + 0.025, 12);
  });

  it('simulates a buy and scores the five parts minus the cost penalty', () => {
    const out = new Float64Array(OUT_SIZE);
    const score = new Evaluator(model, options).evaluate(enc, 0, null, out);
    // after: A €1,000, B €1,000, cash 0 → D 100, V 50, Q 70 → health 0.76
    // 0.35 × 0.15 + 0.25 × 0.76 + 0.2 × 0.5 + 0.15 × 0.5 + 0.05 × 0.5 = 0.4425; penalty (2 + 2) / 2000 × 0.1
    expect(out[OUT.diversification]).toBeCloseTo(0.76, 12);
    expect(out[OUT.endState]).toBeCloseTo(0.4425, 12);
    expect(out[OUT.cost]).toBeCloseTo(4, 12);
    expect(score).toBeCloseTo(0.4425 - 0.0002, 12);
    expect(out[OUT.endCash]).toBeCloseTo(0, 12);
  });

  it('skips a buy cash cannot pay (no cost charged)', () => {
    const out = new Float64Array(OUT_SIZE);
    const score = new Evaluator(model, options).evaluate(enc, 1, null, out);
    // unchanged: TR 0.075, health 0.33667, promise 0.25, stability 0.25
    const expected = 0.35 * 0.075 + 0.25 * ((0.4 * (100 / 6) + 27) / 100) + 0.2 * 0.25 + 0.15 * 0.25 + 0.025;
    expect(score).toBeCloseTo(expected, 12);
    expect(out[OUT.cost]).toBe(0);
  });

  it('lets a sell fund a buy, in order', () => {
    const score = new Evaluator(model, options).evaluate(enc, 2, null, new Float64Array(OUT_SIZE));
    // A €400, B €1,500, cash €100: EU 0.2, US 0.75 → mean deviation 0.275 → D 8.333; Q 61 → health 0.36633
    const health = (0.4 * (100 * (1 - 0.275 / 0.3)) + 15 + 0.3 * 61) / 100;
    const endState = 0.35 * 0.1425 + 0.25 * health + 0.2 * 0.475 + 0.15 * 0.475 + 0.025;
    expect(score).toBeCloseTo(endState - (8.2 / 2000) * 0.1, 12);
  });

  it('scores an empty portfolio 0.5 before the penalty', () => {
    expect(new Evaluator(model, options).evaluate(enc, 3, null, new Float64Array(OUT_SIZE))).toBeCloseTo(0.5 - (4 / 2000) * 0.1, 12);
  });

  it('weights by risk profile, scales by 1.015 with multi-timeframe, and is repeatable', () => {
    const out = new Float64Array(OUT_SIZE);
    const aggressive = new Evaluator(model, { ...options, riskProfile: 'aggressive', costPenaltyFactor: 0 });
    expect(aggressive.evaluate(enc, 0, null, out)).toBeCloseTo(0.45 * 0.15 + 0.2 * 0.76 + 0.25 * 0.5 + 0.05 * 0.5 + 0.025, 12);
    const timeframe = new Evaluator(model, { ...options, multiTimeframe: true, costPenaltyFactor: 0 });
    expect(timeframe.evaluate(enc, 0, null, out)).toBeCloseTo(0.4425 * 1.015, 12);
    // state is restored between evaluations
    const e = new Evaluator(model, options);
    const first = e.evaluate(enc, 2, null, out);
    e.evaluate(enc, 0, null, out);
    expect(e.evaluate(enc, 2, null, out)).toBe(first);
  });

  it('builds the breakdown of the chosen sequence', () => {
    const b = new Evaluator(model, options).breakdown(enc, 0);
    expect(b.diversification).toEqual({ score: expect.closeTo(0.76, 12), weight: 0.25, contribution: expect.closeTo(0.19, 12) });
    expect(b.transactionCost.totalCostEur).toBeCloseTo(4, 12);
    expect(b.transactionCost.adjustedScore).toBeCloseTo(0.4423, 12);
  });
});

describe('ScenarioScorer', () => {
  const evaluator = new Evaluator(model, options);
  const scenarioEnc = encodeSequences(model, [seq(action('BUY', 'B', 500, 1))]);

  it('stochastic: 0.6 × worst + 0.4 × mean of the five price shifts', () => {
    const scores = [-0.1, -0.05, 0, 0.05, 0.1].map((s) => evaluator.evaluate(scenarioEnc, 0, new Float64Array(model.n).fill(1 + s), new Float64Array(OUT_SIZE)));
    const scorer = new ScenarioScorer(evaluator, 'stochastic', model, 0, createRng(1));
    const final = scorer.score(scenarioEnc, 0, new Float64Array(OUT_SIZE));
    const mean = scores.reduce((a, b) => a + b, 0) / 5;
    expect(final).toBeCloseTo(0.6 * Math.min(...scores) + 0.4 * mean, 12);
    expect(scorer.stats().count).toBe(5);
  });

  it('Monte Carlo: 0.4 × worst + 0.3 × p10 + 0.3 × mean, the same for the same seed', () => {
    const a = new ScenarioScorer(evaluator, 'monte_carlo', model, 100, createRng(7));
    const b = new ScenarioScorer(evaluator, 'monte_carlo', model, 100, createRng(7));
    const fa = a.score(scenarioEnc, 0, new Float64Array(OUT_SIZE));
    expect(b.score(scenarioEnc, 0, new Float64Array(OUT_SIZE))).toBe(fa);
    const st = a.stats();
    expect(st.count).toBe(100);
    expect(st.final).toBeCloseTo(0.4 * st.min + 0.3 * st.p10 + 0.3 * st.mean, 12);
    expect(st.min).toBeLessThanOrEqual(st.p10);
    expect(st.p10).toBeLessThanOrEqual(st.p90);
  });
});
