import { describe, expect, it } from 'vitest';
import {
  dividendConsistencyFromPayout,
  longTermPromiseScore,
  scoreMaxDrawdown,
  scoreSharpe,
  scoreSortino,
  scoreTotalReturn,
  scoreVolatility,
  stabilityScore,
  totalReturnScore,
} from './sub-scores';

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 10);

describe('end-state sub-scores at their breakpoints', () => {
  it('total return: 0.15 floor, peak 1 at 12%, asymmetric bell', () => {
    close(scoreTotalReturn(-0.1), 0.15);
    close(scoreTotalReturn(0), 0.15);
    close(scoreTotalReturn(0.12), 1);
    // one σ away on each side: 0.15 + 0.85 × e^−0.5
    close(scoreTotalReturn(0.06), 0.15 + 0.85 * Math.exp(-0.5));
    close(scoreTotalReturn(0.24), 0.15 + 0.85 * Math.exp(-0.5));
    close(totalReturnScore({ CAGR_5Y: 0.09, DIVIDEND_YIELD: 0.03 }), 1);
    close(totalReturnScore({}), 0.15);
  });

  it('Sortino', () => {
    close(scoreSortino(2.5), 1);
    close(scoreSortino(2), 1);
    close(scoreSortino(1.75), 0.9);
    close(scoreSortino(1.5), 0.8);
    close(scoreSortino(1), 0.6);
    close(scoreSortino(0.5), 0.3);
    close(scoreSortino(-0.1), 0);
  });

  it('dividend consistency from payout ratio', () => {
    close(dividendConsistencyFromPayout(0.15), 0.75);
    close(dividendConsistencyFromPayout(0.3), 1);
    close(dividendConsistencyFromPayout(0.6), 1);
    close(dividendConsistencyFromPayout(0.7), 0.85);
    close(dividendConsistencyFromPayout(0.8), 0.7);
    close(dividendConsistencyFromPayout(0.9), 0.4);
  });

  it('volatility', () => {
    close(scoreVolatility(0.1), 1);
    close(scoreVolatility(0.15), 1);
    close(scoreVolatility(0.2), 0.85);
    close(scoreVolatility(0.25), 0.7);
    close(scoreVolatility(0.325), 0.5);
    close(scoreVolatility(0.4), 0.3);
    close(scoreVolatility(0.5), 0.2);
    close(scoreVolatility(0.9), 0.1);
  });

  it('max drawdown (sign ignored)', () => {
    close(scoreMaxDrawdown(-0.05), 1);
    close(scoreMaxDrawdown(0.1), 1);
    close(scoreMaxDrawdown(-0.15), 0.9);
    close(scoreMaxDrawdown(0.2), 0.8);
    close(scoreMaxDrawdown(-0.25), 0.7);
    close(scoreMaxDrawdown(0.3), 0.6);
    close(scoreMaxDrawdown(0.4), 0.4);
    close(scoreMaxDrawdown(0.5), 0.2);
    close(scoreMaxDrawdown(0.6), 0.1);
    close(scoreMaxDrawdown(0.9), 0);
  });

  it('Sharpe', () => {
    close(scoreSharpe(2), 1);
    close(scoreSharpe(1.5), 0.85);
    close(scoreSharpe(1), 0.7);
    close(scoreSharpe(0.75), 0.55);
    close(scoreSharpe(0.5), 0.4);
    close(scoreSharpe(0.25), 0.2);
    close(scoreSharpe(-0.5), 0);
  });

  it('long-term promise and stability default to 0.5 and combine their parts', () => {
    close(longTermPromiseScore({}), 0.5);
    close(stabilityScore({}), 0.5);
    // 0.35 × 0.8 + 0.25 × 0.6 + 0.25 × 1 (payout 0.4) + 0.15 × 0.8 (Sortino 1.5)
    close(longTermPromiseScore({ CONSISTENCY_SCORE: 0.8, FINANCIAL_STRENGTH: 0.6, PAYOUT_RATIO: 0.4, SORTINO: 1.5 }), 0.28 + 0.15 + 0.25 + 0.12);
    // 0.5 × 0.85 + 0.3 × 0.9 + 0.2 × 0.7
    close(stabilityScore({ VOLATILITY_ANNUAL: 0.2, MAX_DRAWDOWN: -0.15, SHARPE: 1 }), 0.425 + 0.27 + 0.14);
  });
});
