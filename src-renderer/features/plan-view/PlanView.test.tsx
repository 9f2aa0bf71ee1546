import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { PlanView } from './PlanView';

const c = (score: number, weight: number) => ({ score, weight, contribution: score * weight });

const result: PlanRunResult = {
  runId: 'run-1',
  seed: 7,
  engineVersion: '1.0.0',
  configHash: 'c',
  portfolioHash: 'p',
  plan: {
    steps: [
      {
        stepNumber: 1,
        side: 'SELL',
        symbol: 'AAA',
        name: 'Alpha',
        quantity: 10,
        estimatedPrice: 12.5,
        estimatedValueEur: 125,
        currency: 'EUR',
        reason: 'windfall',
        narrative: 'Sell 20% / €125 of Alpha (AAA) to lock in a windfall gain',
        isWindfall: true,
        isAveragingDown: false,
        contributesTo: ['windfall'],
      },
    ],
    currentScore: 0.5,
    endStateScore: 0.6234,
    improvement: 0.1234,
    narrativeSummary: 'The plan consists of 1 action.',
    scoreBreakdown: {
      totalReturn: c(0.7, 0.35),
      diversification: c(0.6, 0.25),
      longTermPromise: c(0.5, 0.2),
      stability: c(0.4, 0.15),
      opinion: c(0.5, 0.05),
      endStateScore: 0.6,
      riskProfile: 'balanced',
      transactionCost: { totalCostEur: 2.25, costPenalty: 0.001, adjustedScore: 0.599 },
    },
    cashRequiredEur: 0,
    cashGeneratedEur: 125,
    availableCashEur: 1000,
    feasible: true,
    source: 'profit_taking',
  },
  moduleFailures: [{ module: 'broken_calc', kind: 'calculator', operation: 'calculate', message: 'boom' }],
  skippedModules: [{ module: 'flaky', kind: 'pattern', reason: 'circuit breaker open' }],
  timings: [],
  sequencesGenerated: 40,
  sequencesEvaluated: 12,
  durationMs: 33,
};

describe('PlanView', () => {
  it('shows score, components, steps with narratives, cash and module problems', () => {
    const html = renderToStaticMarkup(<PlanView result={result} title="Plan A" />);
    expect(html).toContain('aria-label="Plan A"');
    expect(html).toContain('62.34'); // end-state score ×100
    expect(html).toContain('+12.34');
    expect(html).toContain('Sell 20% / €125 of Alpha (AAA)');
    expect(html).toContain('€125.00');
    expect(html).toContain('Module <strong>broken_calc</strong> (calculator) failed in calculate: boom');
    expect(html).toContain('Module <strong>flaky</strong> (pattern) skipped: circuit breaker open');
    // Five components, each with its contribution (0.7 × 0.35 = 0.245 → 24.50).
    for (const label of ['Total return', 'Diversification', 'Long-term promise', 'Stability', 'Opinion']) expect(html).toContain(label);
    expect(html).toContain('24.50');
    expect(html).toContain('€2.25');
    expect(html).toContain('40 sequences generated, 12 evaluated · seed 7');
  });
});
