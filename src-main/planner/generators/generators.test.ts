import { describe, expect, it } from 'vitest';
import { action, contextFor, labels, paramsOf, portfolio, security } from '../testing/fixtures';
import { combinatorialGenerator } from './combinatorial';
import { forEachCombination } from './combinations';
import { constraintRelaxationGenerator, RELAXED_COOLDOWN_TAG } from './constraint-relaxation';
import { enhancedCombinatorialGenerator, samplingWeights } from './enhanced-combinatorial';
import { partialExecutionGenerator } from './partial-execution';

const syms = ['S1', 'S2', 'S3', 'B1', 'B2', 'B3', 'B4'];
const snapshot = portfolio({
  securities: syms.map((s, i) => security(s, { country: i % 2 === 0 ? 'Germany' : 'France', industry: i < 3 ? 'Energy' : 'Technology' })),
  positions: [{ symbol: 'B1', quantity: 5, avgPrice: 100, firstBoughtAt: null }],
});
const opportunities = [
  action('SELL', 'S1', 500, 0.9),
  action('SELL', 'S2', 400, 0.6),
  action('SELL', 'S3', 300, 0.1),
  action('BUY', 'B1', 1000, 0.8),
  action('BUY', 'B2', 1000, 0.5),
  action('BUY', 'B3', 1000, 0.4),
];

describe('combinations helper', () => {
  it('lists k-combinations in order and stops when asked', () => {
    const seen: string[] = [];
    forEachCombination(['a', 'b', 'c', 'd'], 2, (c) => (seen.push(c.join('')), true));
    expect(seen).toEqual(['ab', 'ac', 'ad', 'bc', 'bd', 'cd']);
    const first: string[] = [];
    forEachCombination(['a', 'b', 'c'], 1, (c) => (first.push(c.join('')), first.length < 2));
    expect(first).toEqual(['a', 'b']);
  });
});

describe('combinatorial generator', () => {
  it('combines ≥ 1 sell and ≥ 1 buy above the threshold, highest priority first', () => {
    const p = paramsOf(combinatorialGenerator, { max_sells: 2, max_buys: 2, priority_threshold: 0.3, max_steps: 5, max_combinations: 50 });
    const out = combinatorialGenerator.run({ opportunities, byCategory: {} }, p, contextFor(snapshot)).map(labels);
    // sells S1, S2 (S3 below 0.3); buys B1, B2, B3: ks=1: 2×3 + 2×3; ks=2: 1×3 + 1×3 → 18
    expect(out).toHaveLength(18);
    expect(out[0]).toEqual(['SELL S1', 'BUY B1']);
    expect(out[6]).toEqual(['SELL S1', 'BUY B1', 'BUY B2']);
    expect(out.at(-1)).toEqual(['SELL S1', 'SELL S2', 'BUY B2', 'BUY B3']);
  });

  it('respects max_steps and max_combinations', () => {
    const p = paramsOf(combinatorialGenerator, { max_sells: 2, max_buys: 3, priority_threshold: 0, max_steps: 2, max_combinations: 10 });
    const out = combinatorialGenerator.run({ opportunities, byCategory: {} }, p, contextFor(snapshot));
    expect(out).toHaveLength(9); // max_steps 2: only 1 sell + 1 buy: 3 × 3
    const capped = combinatorialGenerator.run({ opportunities, byCategory: {} }, { ...p, max_steps: 5 }, contextFor(snapshot));
    expect(capped).toHaveLength(10);
  });
});

describe('enhanced_combinatorial generator', () => {
  it('weights candidates by squared normalised priority + 0.1', () => {
    const w = samplingWeights([action('BUY', 'A', 1, 1), action('BUY', 'B', 1, 2), action('BUY', 'C', 1, 3)]);
    expect(w[0]).toBeCloseTo(0.1 / 1.55, 12);
    expect(w[1]).toBeCloseTo(0.35 / 1.55, 12);
    expect(w[2]).toBeCloseTo(1.1 / 1.55, 12);
    expect(samplingWeights([action('BUY', 'A', 1, 2), action('BUY', 'B', 1, 2)])).toEqual([0.5, 0.5]);
  });

  it('draws the same sequences for the same seed, distinct and within bounds', () => {
    const p = paramsOf(enhancedCombinatorialGenerator, { max_sells: 2, max_buys: 3, priority_threshold: 0.3, max_steps: 4, max_combinations: 20 });
    const a = enhancedCombinatorialGenerator.run({ opportunities, byCategory: {} }, p, contextFor(snapshot, {}, 9)).map(labels);
    const b = enhancedCombinatorialGenerator.run({ opportunities, byCategory: {} }, p, contextFor(snapshot, {}, 9)).map(labels);
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(0);
    expect(new Set(a.map((s) => s.join())).size).toBe(a.length);
    for (const seq of a) {
      expect(seq.length).toBeLessThanOrEqual(4);
      expect(new Set(seq.map((x) => x.split(' ')[1])).size).toBe(seq.length);
      expect(seq).not.toContain('SELL S3');
    }
  });
});

describe('partial_execution generator', () => {
  it('makes a one-action sequence per candidate and fill', () => {
    const out = partialExecutionGenerator.run({ opportunities: [action('BUY', 'B1', 1000, 1)], byCategory: {} }, paramsOf(partialExecutionGenerator), contextFor(snapshot));
    expect(out.map((s) => [s[0]!.quantity, s[0]!.valueEur, s[0]!.reason])).toEqual([
      [5, 500, 'BUY B1 (50% fill)'],
      [7, 700, 'BUY B1 (75% fill)'],
      [10, 1000, 'BUY B1'],
    ]);
    const none = partialExecutionGenerator.run({ opportunities: [action('BUY', 'B1', 100, 1)], byCategory: {} }, paramsOf(partialExecutionGenerator, { fill_percentages: [0.5] }), contextFor(snapshot));
    expect(none).toEqual([]); // 1 share × 0.5 → 0 shares, below min_shares
  });
});

describe('constraint_relaxation generator', () => {
  const opps = [action('SELL', 'S1', 500, 1), action('BUY', 'B1', 1000, 1), action('BUY', 'B2', 1000, 1)];
  it('emits single sells, fractional lots and buy-then-sell pairs', () => {
    const out = constraintRelaxationGenerator.run({ opportunities: opps, byCategory: {} }, paramsOf(constraintRelaxationGenerator), contextFor(snapshot));
    // 1 single sell; 3 × 3 fractional variants (5 shares: 2, 1, 0 → two for S1; 10: 5, 2, 1 → three each for B1, B2); 2 pairs
    expect(out.map(labels)).toEqual([
      ['SELL S1'],
      ['SELL S1'],
      ['SELL S1'],
      ['BUY B1'],
      ['BUY B1'],
      ['BUY B1'],
      ['BUY B2'],
      ['BUY B2'],
      ['BUY B2'],
      ['BUY B1', 'SELL S1'],
      ['BUY B2', 'SELL S1'],
    ]);
    expect(out[1]![0]).toMatchObject({ quantity: 2, valueEur: 200, tags: ['relaxed_lot'] });
  });

  it('scales buys of held symbols with relax_max_position and marks relax_cooldown sequences', () => {
    const p = paramsOf(constraintRelaxationGenerator, { relax_allow_sell: false, relax_min_lot: false, relax_max_position: true, relax_cooldown: true });
    const out = constraintRelaxationGenerator.run({ opportunities: opps, byCategory: {} }, p, contextFor(snapshot));
    expect(out).toHaveLength(1); // only B1 is held
    expect(out[0]![0]).toMatchObject({ symbol: 'B1', quantity: 15, valueEur: 1500 });
    expect(out[0]![0]!.tags).toContain(RELAXED_COOLDOWN_TAG);
  });
});
