import { describe, expect, it } from 'vitest';
import type { ActionCandidate } from '../../../src-shared/domain/plan';
import type { OpportunitiesByCategory, PatternModule, PlanningContext } from '../module-types';
import { action, contextFor, labels, paramsOf, portfolio, security } from '../testing/fixtures';
import { adaptivePattern } from './adaptive';
import { averagingDownPattern } from './averaging-down';
import { cashGenerationPattern } from './cash-generation';
import { costOptimizedPattern } from './cost-optimized';
import { deepRebalancePattern } from './deep-rebalance';
import { directBuyPattern } from './direct-buy';
import { marketRegimePattern } from './market-regime';
import { mixedStrategyPattern } from './mixed-strategy';
import { multiSellPattern } from './multi-sell';
import { opportunityFirstPattern } from './opportunity-first';
import { profitTakingPattern } from './profit-taking';
import { rebalancePattern } from './rebalance';
import { singleBestPattern } from './single-best';

const symbols = ['PT1', 'PT2', 'RS1', 'RS2', 'AD1', 'AD2', 'RB1', 'RB2', 'OB1', 'OB2'];
function ctxWith(cash: number, settings: Partial<PlanningContext['settings']> = {}): PlanningContext {
  return contextFor(portfolio({ cashEur: cash, securities: symbols.map((s) => security(s)) }), settings);
}

// Sells: PT1 €600 (p 1.8), PT2 €400 (p 1.0), RS1 €500 (p 0.4), RS2 €300 (p 0.3)
// Buys: AD1 €1000 (p 0.9), AD2 €300 (p 1.1), RB1 €800 (p 1.3), RB2 €200 (p 0.5), OB1 €700 (p 0.7), OB2 €2500 (p 2.5)
const by: OpportunitiesByCategory = {
  profit_taking: [action('SELL', 'PT1', 600, 1.8, ['windfall']), action('SELL', 'PT2', 400, 1.0)],
  rebalance_sells: [action('SELL', 'RS1', 500, 0.4), action('SELL', 'RS2', 300, 0.3)],
  averaging_down: [action('BUY', 'AD1', 1000, 0.9), action('BUY', 'AD2', 300, 1.1)],
  rebalance_buys: [action('BUY', 'RB1', 800, 1.3), action('BUY', 'RB2', 200, 0.5)],
  opportunity_buys: [action('BUY', 'OB1', 700, 0.7), action('BUY', 'OB2', 2500, 2.5)],
};
const all: ActionCandidate[] = Object.values(by).flat();

function run(pattern: PatternModule, cash: number, depth: number | null, categories: OpportunitiesByCategory = by, ctx = ctxWith(cash)): string[][] {
  const params = paramsOf(pattern, depth === null ? {} : { max_depth: depth });
  return pattern.run({ byCategory: categories, all: Object.values(categories).flat() }, params, ctx).map(labels);
}

describe('pattern generators', () => {
  it('direct_buy: buys by priority while cash lasts, skipping what it cannot pay', () => {
    // cash 1500: OB2 2500 no; RB1 800 → 700; AD2 300 → 400; AD1 no; OB1 no; RB2 200 → 200
    expect(run(directBuyPattern, 1500, 5)).toEqual([['BUY RB1', 'BUY AD2', 'BUY RB2']]);
    expect(run(directBuyPattern, 1500, 2)).toEqual([['BUY RB1', 'BUY AD2']]);
    expect(run(directBuyPattern, 0, 5)).toEqual([]);
  });

  it('profit_taking: all profit-taking sells up to depth, proceeds into AD + RB by priority', () => {
    // cash 0 + 600 + 400 = 1000: RB1 800 → 200; AD2 300 no; AD1 no; RB2 200 → 0
    expect(run(profitTakingPattern, 0, 5)).toEqual([['SELL PT1', 'SELL PT2', 'BUY RB1', 'BUY RB2']]);
    expect(run(profitTakingPattern, 0, 1)).toEqual([['SELL PT1']]);
    expect(run(profitTakingPattern, 0, 5, { ...by, profit_taking: [] })).toEqual([]);
  });

  it('rebalance: rebalance sells then rebalance buys in their order', () => {
    // 500 + 300 = 800: RB1 800 → 0; RB2 no
    expect(run(rebalancePattern, 0, 5)).toEqual([['SELL RS1', 'SELL RS2', 'BUY RB1']]);
  });

  it('averaging_down: funds the first dip buy with a profit-taking sell when cash is short', () => {
    expect(run(averagingDownPattern, 500, 5)).toEqual([['SELL PT1', 'BUY AD1']]);
    // cash 1300 pays AD1 (1000) and AD2 (300) without selling
    expect(run(averagingDownPattern, 1300, 5)).toEqual([['BUY AD1', 'BUY AD2']]);
  });

  it('single_best: the top-priority candidate if it is a sell or an affordable buy', () => {
    // OB2 (2.5) is the top priority but costs 2500
    expect(run(singleBestPattern, 1000, null)).toEqual([]);
    expect(run(singleBestPattern, 3000, null)).toEqual([['BUY OB2']]);
    expect(run(singleBestPattern, 0, null, { ...by, opportunity_buys: [] })).toEqual([['SELL PT1']]);
  });

  it('multi_sell: profit-taking then rebalance sells up to depth, then buys AD, RB, OB', () => {
    expect(run(multiSellPattern, 0, 3)).toEqual([['SELL PT1', 'SELL PT2', 'SELL RS1']]);
    // depth 5: 4 sells (1800) then AD1 1000 → 800
    expect(run(multiSellPattern, 0, 5)).toEqual([['SELL PT1', 'SELL PT2', 'SELL RS1', 'SELL RS2', 'BUY AD1']]);
  });

  it('mixed_strategy: at most max(1, depth ÷ 2) sells', () => {
    // depth 5 → 2 sells (1000): AD1 1000 → 0
    expect(run(mixedStrategyPattern, 0, 5)).toEqual([['SELL PT1', 'SELL PT2', 'BUY AD1']]);
    expect(run(mixedStrategyPattern, 0, 1)).toEqual([['SELL PT1']]);
  });

  it('opportunity_first: opportunity buys first, cash only', () => {
    // 1500: OB1 700 → 800; OB2 no; AD1 no; AD2 300 → 500; RB1 no; RB2 200 → 300
    expect(run(opportunityFirstPattern, 1500, 5)).toEqual([['BUY OB1', 'BUY AD2', 'BUY RB2']]);
  });

  it('deep_rebalance: needs both rebalance sells and buys; half the depth for sells', () => {
    expect(run(deepRebalancePattern, 0, 4)).toEqual([['SELL RS1', 'SELL RS2', 'BUY RB1']]);
    expect(run(deepRebalancePattern, 0, 2)).toEqual([['SELL RS1', 'BUY RB2']]); // 500: RB1 800 no, RB2 200
    expect(run(deepRebalancePattern, 0, 4, { ...by, rebalance_buys: [] })).toEqual([]);
  });

  it('cash_generation: sells up to depth; leftover steps buy OB, AD, RB', () => {
    expect(run(cashGenerationPattern, 0, 4)).toEqual([['SELL PT1', 'SELL PT2', 'SELL RS1', 'SELL RS2']]);
    // depth 6: 1800 → OB1 700 → 1100, OB2 no → AD1 1000 → 100
    expect(run(cashGenerationPattern, 0, 6)).toEqual([['SELL PT1', 'SELL PT2', 'SELL RS1', 'SELL RS2', 'BUY OB1', 'BUY AD1']]);
  });

  it('cost_optimized: sells, then buys of any category by priority', () => {
    // depth 6: 4 sells (1800), then OB2 no, RB1 800 → 1000
    expect(run(costOptimizedPattern, 0, 6)).toEqual([['SELL PT1', 'SELL PT2', 'SELL RS1', 'SELL RS2', 'BUY RB1', 'BUY AD2']]);
  });

  it('market_regime: the regime decides the shape', () => {
    const regime = (r: string, cash: number, depth = 5) => marketRegimePattern.run({ byCategory: by, all }, paramsOf(marketRegimePattern, { market_regime: r, max_depth: depth }), ctxWith(cash)).map(labels);
    // bull: ≤ 2 PT sells (1000) + OB then RB, stop at the first unaffordable (OB2)
    expect(regime('bull', 0)).toEqual([['SELL PT1', 'SELL PT2', 'BUY OB1']]);
    // bear: sells PT then RS while length < 5 ÷ 2 = 2, then AD until unaffordable (AD1 1000 ≤ 1000, AD2 300 > 0)
    expect(regime('bear', 0)).toEqual([['SELL PT1', 'SELL PT2', 'BUY AD1']]);
    // sideways: ≤ 2 RS sells (800) then RB: RB1 800 → 0, RB2 200 > 0 stops
    expect(regime('sideways', 0)).toEqual([['SELL RS1', 'SELL RS2', 'BUY RB1']]);
    // with enable_market_regime_scenarios the portfolio's regime wins over the param
    const ctx = contextFor(portfolio({ cashEur: 0, marketRegime: 'bear', securities: symbols.map((s) => security(s)) }), { enable_market_regime_scenarios: true });
    expect(marketRegimePattern.run({ byCategory: by, all }, paramsOf(marketRegimePattern, { market_regime: 'bull' }), ctx).map(labels)).toEqual([['SELL PT1', 'SELL PT2', 'BUY AD1']]);
  });

  it('adaptive: buys for the country and industry groups furthest below target', () => {
    const snapshot = portfolio({
      cashEur: 3000,
      securities: [
        security('DE', { country: 'Germany', industry: 'Technology' }),
        security('US1', { country: 'United States', industry: 'Healthcare' }),
        security('US2', { country: 'United States', industry: 'Technology' }),
        security('JP', { country: 'Japan', industry: 'Healthcare' }),
      ],
      positions: [{ symbol: 'DE', quantity: 70, avgPrice: 100, firstBoughtAt: null }],
      countryGroups: { EU: ['Germany'], US: ['United States'], ASIA: ['Japan'] },
      countryTargets: { EU: 0.4, US: 0.4, ASIA: 0.2 },
      industryGroups: { TECH: ['Technology'], HEALTH: ['Healthcare'] },
      industryTargets: { TECH: 0.5, HEALTH: 0.5 },
    });
    // total 10,000: EU 0.70, US 0, ASIA 0 → gaps US 0.40, ASIA 0.20; TECH 0.70 (no gap), HEALTH gap 0.50
    const cands: OpportunitiesByCategory = {
      rebalance_buys: [action('BUY', 'US1', 1000, 1), action('BUY', 'JP', 1000, 1)],
      opportunity_buys: [action('BUY', 'US2', 1000, 1), action('BUY', 'DE', 1000, 1)],
    };
    const out = adaptivePattern.run({ byCategory: cands, all: Object.values(cands).flat() }, paramsOf(adaptivePattern), contextFor(snapshot)).map(labels);
    expect(out).toEqual([
      ['BUY US1', 'BUY US2', 'BUY JP'],
      ['BUY US1', 'BUY JP'],
    ]);
  });
});
