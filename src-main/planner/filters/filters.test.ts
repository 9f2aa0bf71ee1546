import { describe, expect, it } from 'vitest';
import type { ActionSequence } from '../../../src-shared/domain/plan';
import { RELAXED_COOLDOWN_TAG } from '../generators/constraint-relaxation';
import { action, contextFor, labels, paramsOf, portfolio, security } from '../testing/fixtures';
import { correlationAwareFilter } from './correlation-aware';
import { diversityFilter, sequenceDiversity } from './diversity';
import { eligibilityFilter } from './eligibility';
import { recentlyTradedFilter } from './recently-traded';

const seq = (...actions: ActionSequence['actions']): ActionSequence => ({ actions, source: 'test' });
const names = (list: readonly ActionSequence[]) => list.map((s) => labels(s.actions).join(', '));

describe('correlation_aware filter', () => {
  const snapshot = portfolio({ securities: ['A', 'B', 'C'].map((s) => security(s)), correlations: { 'A:B': 0.9, 'C:A': -0.75, 'B:C': 0.2 } });
  const seqs = [seq(action('BUY', 'A', 1, 1), action('BUY', 'B', 1, 1)), seq(action('BUY', 'B', 1, 1), action('BUY', 'C', 1, 1)), seq(action('BUY', 'A', 1, 1), action('BUY', 'C', 1, 1)), seq(action('SELL', 'A', 1, 1), action('BUY', 'B', 1, 1))];

  it('drops sequences buying a pair with |ρ| above the threshold, in either key order', () => {
    expect(names(correlationAwareFilter.run(seqs, paramsOf(correlationAwareFilter), contextFor(snapshot)))).toEqual(['BUY B, BUY C', 'SELL A, BUY B']);
    expect(names(correlationAwareFilter.run(seqs, paramsOf(correlationAwareFilter, { correlation_threshold: 0.8 }), contextFor(snapshot)))).toEqual(['BUY B, BUY C', 'BUY A, BUY C', 'SELL A, BUY B']);
  });

  it('passes everything through without correlation data', () => {
    expect(correlationAwareFilter.run(seqs, paramsOf(correlationAwareFilter), contextFor({ ...snapshot, correlations: null }))).toHaveLength(4);
  });
});

describe('diversity filter', () => {
  const snapshot = portfolio({
    securities: [security('DE1', { country: 'Germany' }), security('DE2', { country: 'Germany' }), security('FR', { country: 'France' }), security('US', { country: 'United States' })],
  });
  const ctx = contextFor(snapshot);

  it('scores diversity from symbols, real countries and tags', () => {
    // 2 actions, 2 symbols, one country (share 1), tags {x}: 0.4 + 0 + 0.3 × 1/2 = 0.55
    expect(sequenceDiversity(seq(action('BUY', 'DE1', 1, 1, ['x']), action('BUY', 'DE2', 1, 1, ['x'])), ctx)).toBeCloseTo(0.55, 12);
    // 3 actions, 3 countries (max share 1/3), tags {x, y, z}: 0.4 + 0.3 × 2/3 + 0.3 × 3/3 = 0.9
    expect(sequenceDiversity(seq(action('BUY', 'DE1', 1, 1, ['x']), action('BUY', 'FR', 1, 1, ['y']), action('BUY', 'US', 1, 1, ['z'])), ctx)).toBeCloseTo(0.9, 12);
  });

  it('ranks by (1 − w) × mean priority + w × diversity, drops below the minimum, keeps max_sequences', () => {
    const low = seq(action('BUY', 'DE1', 1, 1, ['x']), action('BUY', 'DE2', 1, 1, ['x'])); // 0.5 × 1 + 0.5 × 0.55 = 0.775
    const high = seq(action('BUY', 'DE1', 1, 0.5, ['x']), action('BUY', 'FR', 1, 0.5, ['y']), action('BUY', 'US', 1, 0.5, ['z'])); // 0.25 + 0.45 = 0.7
    const single = seq(action('BUY', 'US', 1, 2)); // diversity 0.4 + 0.3 × 0 + 0 = 0.4; 1 + 0.2 = 1.2
    const p = paramsOf(diversityFilter, { diversity_weight: 0.5 });
    expect(names(diversityFilter.run([low, high, single], p, ctx))).toEqual(['BUY US', 'BUY DE1, BUY DE2', 'BUY DE1, BUY FR, BUY US']);
    expect(names(diversityFilter.run([low, high, single], { ...p, max_sequences: 1 }, ctx))).toEqual(['BUY US']);
    expect(names(diversityFilter.run([low, high, single], { ...p, min_diversity_score: 0.5 }, ctx))).toEqual(['BUY DE1, BUY DE2', 'BUY DE1, BUY FR, BUY US']);
  });
});

describe('eligibility and recently_traded filters', () => {
  // asOf 2026-06-30; NEW bought 30 days ago; OLD held 400 days, sold 100 days ago; LOSS down 30%; FRESH bought 10 days ago
  const snapshot = portfolio({
    asOf: '2026-06-30',
    securities: [security('NEW'), security('OLD'), security('LOSS', { price: 70 }), security('FRESH')],
    positions: [
      { symbol: 'NEW', quantity: 10, avgPrice: 100, firstBoughtAt: '2026-05-31' },
      { symbol: 'OLD', quantity: 10, avgPrice: 100, firstBoughtAt: '2025-05-26' },
      { symbol: 'LOSS', quantity: 10, avgPrice: 100, firstBoughtAt: '2025-01-01' },
    ],
    trades: [
      { symbol: 'OLD', side: 'SELL', date: '2026-03-22' },
      { symbol: 'FRESH', side: 'BUY', date: '2026-06-20' },
    ],
  });
  const ctx = contextFor(snapshot);
  const sells = ['NEW', 'OLD', 'LOSS'].map((s) => seq(action('SELL', s, 100, 1)));

  it('eligibility blocks sells held too briefly, sold too recently or below the loss limit', () => {
    expect(eligibilityFilter.run(sells, paramsOf(eligibilityFilter), ctx)).toEqual([]);
    const relaxed = paramsOf(eligibilityFilter, { min_hold_days: 20, sell_cooldown_days: 90, max_loss_threshold: -0.35 });
    expect(names(eligibilityFilter.run(sells, relaxed, ctx))).toEqual(['SELL NEW', 'SELL OLD', 'SELL LOSS']);
    const noChecks = paramsOf(eligibilityFilter, { enforce_min_hold: false, enforce_cooldown: false, enforce_max_loss: false });
    expect(eligibilityFilter.run(sells, noChecks, ctx)).toHaveLength(3);
    // buys are never blocked here
    expect(eligibilityFilter.run([seq(action('BUY', 'NEW', 100, 1))], paramsOf(eligibilityFilter), ctx)).toHaveLength(1);
  });

  it('recently_traded blocks buys within the buy cooldown and sells within the sell cooldown', () => {
    const seqs = [seq(action('BUY', 'FRESH', 100, 1)), seq(action('SELL', 'OLD', 100, 1)), seq(action('BUY', 'OLD', 100, 1))];
    expect(names(recentlyTradedFilter.run(seqs, paramsOf(recentlyTradedFilter), ctx))).toEqual(['BUY OLD']);
    expect(names(recentlyTradedFilter.run(seqs, paramsOf(recentlyTradedFilter, { buy_cooldown_days: 5, sell_cooldown_days: 90 }), ctx))).toEqual(['BUY FRESH', 'SELL OLD', 'BUY OLD']);
    // relax_cooldown sequences pass
    const relaxed = [seq(action('SELL', 'OLD', 100, 1, [RELAXED_COOLDOWN_TAG]))];
    expect(recentlyTradedFilter.run(relaxed, paramsOf(recentlyTradedFilter), ctx)).toHaveLength(1);
  });
});
