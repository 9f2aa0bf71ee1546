import { describe, expect, it } from 'vitest';
import { buildPortfolioModel } from './model/portfolio-model';
import { planNarrative, stepNarrative } from './narrative';
import { action, portfolio, security } from './testing/fixtures';

// EU: A 10 × €100 (€1,000); B (US) not held; cash €1,000 → EU 50% (target 30%), US 0% (target 70%)
const model = buildPortfolioModel(
  portfolio({
    cashEur: 1000,
    securities: [
      security('A', { name: 'Alpha AG', country: 'Germany', price: 80, metrics: { DIVIDEND_YIELD: 0.045 } }),
      security('B', { name: 'Beta Inc', country: 'United States', qualityScore: 0.91 }),
    ],
    positions: [{ symbol: 'A', quantity: 10, avgPrice: 100, firstBoughtAt: null }],
    countryGroups: { EU: ['Germany'], US: ['United States'] },
    countryTargets: { EU: 0.3, US: 0.7 },
  }),
);
const named = (a: ReturnType<typeof action>, name: string) => ({ ...a, name });

describe('step narratives', () => {
  it('explains a rebalancing sell with the allocation and what it funds', () => {
    const sell = named(action('SELL', 'A', 200, 1, ['rebalance', 'overweight_eu']), 'Alpha AG');
    const buy = named(action('BUY', 'B', 500, 1, ['quality', 'opportunity']), 'Beta Inc');
    expect(stepNarrative(sell, model, buy)).toBe(
      'Sell €200 of Alpha AG (A), 25% of the position, because EU is overweight (44.4% of the portfolio, target 30.0%). This frees capital to buy Beta Inc (B).',
    );
  });

  it('explains a windfall sell with its reason', () => {
    const sell = { ...named(action('SELL', 'A', 400, 1, ['windfall', 'profit_taking']), 'Alpha AG'), reason: 'Windfall doubler: up 120%, 90 points above its usual growth' };
    expect(stepNarrative(sell, model, undefined)).toBe('Sell €400 of Alpha AG (A), 50% of the position, to take profits — windfall doubler: up 120%, 90 points above its usual growth.');
  });

  it('explains buys by tag, with a dividend note above 3%', () => {
    expect(stepNarrative(named(action('BUY', 'A', 800, 1, ['averaging_down', 'buy_low']), 'Alpha AG'), model, undefined)).toBe(
      'Buy €800 of Alpha AG (A) to average down: it trades 20.0% below your average cost of 100.00 EUR, lowering the cost basis of a quality holding. It also yields 4.5% in dividends.',
    );
    expect(stepNarrative(named(action('BUY', 'B', 500, 1, ['rebalance', 'underweight_us']), 'Beta Inc'), model, undefined)).toBe(
      'Buy €500 of Beta Inc (B) because US is underweight (0.0% of the portfolio, target 70.0%).',
    );
    expect(stepNarrative(named(action('BUY', 'B', 500, 1, ['quality']), 'Beta Inc'), model, undefined)).toBe('Buy €500 of Beta Inc (B) because it is a high-quality security (quality score 0.91).');
  });
});

describe('plan narrative', () => {
  it('summarises strategy, size, totals and outcome', () => {
    const actions = [action('SELL', 'A', 200, 1, ['rebalance']), action('BUY', 'B', 500, 1, ['rebalance'])];
    expect(planNarrative(actions, 0.5, 0.523)).toBe(
      'Rebalance: trim what is overweight and add what is underweight. The plan consists of 2 actions. Sell €200 (A). Buy €500 (B). Expected outcome: +2.3 points (score 50.0 → 52.3).',
    );
    expect(planNarrative([], 0.5, 0.5)).toBe('No actions recommended. The portfolio is well-positioned.');
  });
});
