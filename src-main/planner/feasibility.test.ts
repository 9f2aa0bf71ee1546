import { describe, expect, it } from 'vitest';
import type { ActionSequence } from '../../src-shared/domain/plan';
import { selectCandidates } from './diverse-selection';
import { isFeasible } from './feasibility';
import { buildPortfolioModel } from './model/portfolio-model';
import { action, portfolio, security } from './testing/fixtures';

const model = buildPortfolioModel(
  portfolio({
    securities: [security('A', { country: 'Germany' }), security('B', { country: 'France' }), security('NOBUY', { allowBuy: false }), security('NOSELL', { allowSell: false }), security('C', { country: 'Germany' })],
    positions: [
      { symbol: 'A', quantity: 10, avgPrice: 100, firstBoughtAt: null },
      { symbol: 'NOSELL', quantity: 10, avgPrice: 100, firstBoughtAt: null },
    ],
  }),
);
const seq = (...actions: ActionSequence['actions']): ActionSequence => ({ actions, source: 'test' });

describe('feasibility check', () => {
  it('accepts a sell that funds a buy, in order', () => {
    expect(isFeasible(seq(action('SELL', 'A', 500, 1), action('BUY', 'B', 700, 1)), model, 300, 0.3, 10)).toBe(true);
    expect(isFeasible(seq(action('BUY', 'B', 700, 1), action('SELL', 'A', 500, 1)), model, 300, 0.3, 10)).toBe(false);
  });

  it('drops empty sequences, sequences over the length cap, repeated symbols and low average priority', () => {
    expect(isFeasible(seq(), model, 1000, 0, 10)).toBe(false);
    expect(isFeasible(seq(action('BUY', 'B', 100, 1), action('BUY', 'C', 100, 1)), model, 1000, 0, 1)).toBe(false);
    expect(isFeasible(seq(action('SELL', 'A', 100, 1), action('BUY', 'A', 100, 1)), model, 1000, 0, 10)).toBe(false);
    expect(isFeasible(seq(action('BUY', 'B', 100, 0.5), action('BUY', 'C', 100, 0.2)), model, 1000, 0.35, 10)).toBe(true);
    expect(isFeasible(seq(action('BUY', 'B', 100, 0.5), action('BUY', 'C', 100, 0.2)), model, 1000, 0.36, 10)).toBe(false);
  });

  it('drops buys of unbuyable and sells of unsellable or not-held quantities', () => {
    expect(isFeasible(seq(action('BUY', 'NOBUY', 100, 1)), model, 1000, 0, 10)).toBe(false);
    expect(isFeasible(seq(action('SELL', 'NOSELL', 100, 1)), model, 1000, 0, 10)).toBe(false);
    expect(isFeasible(seq({ ...action('SELL', 'A', 1100, 1), quantity: 11 }), model, 0, 0, 10)).toBe(false);
    expect(isFeasible(seq(action('SELL', 'B', 100, 1)), model, 0, 0, 10)).toBe(false);
  });
});

describe('diverse candidate selection', () => {
  const cands = [action('BUY', 'A', 1, 0.9), action('BUY', 'C', 1, 0.8), action('BUY', 'B', 1, 0.3)];

  it('keeps the top priorities without diversity', () => {
    expect(selectCandidates(cands, 2, false, 0.3, model).map((a) => a.symbol)).toEqual(['A', 'C']);
  });

  it('spreads picks over countries with diversity', () => {
    // clusters Germany {A, C}, France {B}; quota max(1, 2 ÷ 2) = 1 → A, B
    expect(selectCandidates(cands, 2, true, 0.3, model).map((a) => a.symbol)).toEqual(['A', 'B']);
  });
});
