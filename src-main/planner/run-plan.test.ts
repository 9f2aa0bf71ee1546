import { describe, expect, it } from 'vitest';
import { StudioError } from '../../src-shared/api/errors';
import { planRunResultSchema } from '../../src-shared/api/schemas/plan';
import { runPlan } from './run-plan';
import { portfolio, presetToml, samplePortfolio, security } from './testing/fixtures';

describe('runPlan on the sample portfolio', () => {
  const sample = samplePortfolio();
  const plans = (['default', 'conservative', 'aggressive'] as const).map((name) => runPlan({ toml: presetToml(name), portfolio: sample, seed: 7 }));

  it('produces a valid, feasible, non-empty plan for each preset', () => {
    for (const r of plans) {
      expect(planRunResultSchema.parse(r)).toBeTruthy();
      expect(r.moduleFailures).toEqual([]);
      expect(r.plan.steps.length).toBeGreaterThan(0);
      expect(r.plan.feasible).toBe(true);
      expect(r.plan.endStateScore).toBeGreaterThan(0);
      expect(r.plan.endStateScore).toBeLessThanOrEqual(1);
      for (const s of r.plan.steps) expect(s.narrative.length).toBeGreaterThan(20);
    }
  });

  it('gives three different plans, the conservative one within its 2-action depth', () => {
    const keys = plans.map((r) => r.plan.steps.map((s) => `${s.side} ${s.symbol}`).join(', '));
    expect(new Set(keys).size).toBe(3);
    expect(plans[1]!.plan.steps.length).toBeLessThanOrEqual(2);
    expect(plans[2]!.plan.steps.length).toBeLessThanOrEqual(7);
    // aggressive searches a wider space than conservative
    expect(plans[2]!.sequencesGenerated).toBeGreaterThan(plans[1]!.sequencesGenerated);
  });

  it('is deterministic for a seed, including random generators and Monte Carlo', () => {
    const toml = presetToml('aggressive').replace('enable_monte_carlo_paths = false', 'enable_monte_carlo_paths = true');
    const a = runPlan({ toml, portfolio: sample, seed: 42 });
    const b = runPlan({ toml, portfolio: sample, seed: 42 });
    expect(a.plan).toEqual(b.plan);
    expect(a.plan.scoreBreakdown?.monteCarlo?.paths).toBe(200);
    expect(a.sequencesGenerated).toBe(b.sequencesGenerated);
  });

  it('refuses an invalid strategy with every problem attached', () => {
    const bad = '[planner]\nmax_depth = 12\n[pattern_generators.direct_buy.params]\nmax_depth = 0\n';
    try {
      runPlan({ toml: bad, portfolio: sample });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(StudioError);
      expect((error as StudioError).code).toBe('invalid_config');
      expect((error as StudioError).problems?.map((p) => p.path.join('.'))).toEqual(['planner.max_depth', 'pattern_generators.direct_buy.params.max_depth']);
    }
  });

  it('reports skipped modules without calling them, and survives a failing module', () => {
    const r = runPlan({ toml: presetToml('default'), portfolio: sample, skipModules: ['calculator:opportunity_buys'] });
    expect(r.skippedModules).toEqual([{ module: 'opportunity_buys', kind: 'calculator', reason: 'circuit breaker open' }]);
    expect(r.plan.steps.some((s) => s.contributesTo.includes('opportunity'))).toBe(false);
  });
});

describe('runPlan edge cases', () => {
  it('returns the empty plan when nothing is actionable', () => {
    const p = portfolio({ securities: [security('AAA', { qualityScore: 0.1 })], positions: [{ symbol: 'AAA', quantity: 10, avgPrice: 100, firstBoughtAt: null }] });
    const r = runPlan({ toml: '[planner]\n', portfolio: p });
    expect(r.plan.steps).toEqual([]);
    expect(r.plan.narrativeSummary).toBe('No actionable opportunities found. Portfolio is well-balanced.');
    expect(r.plan.improvement).toBe(0);
    expect(r.plan.endStateScore).toBe(r.plan.currentScore);
  });

  it('drops every buy when allow_buy = false', () => {
    const r = runPlan({ toml: '[planner]\nallow_buy = false\n', portfolio: samplePortfolio() });
    expect(r.plan.steps.every((s) => s.side === 'SELL')).toBe(true);
  });
});

describe('runPlan compares with doing nothing', () => {
  it('returns no plan when the only sequences make the portfolio worse', () => {
    // one held security with excellent metrics and a windfall: selling it only lowers the score
    const p = portfolio({
      cashEur: 0,
      securities: [security('WIN', { price: 300, metrics: { CAGR_5Y: 0.1, DIVIDEND_YIELD: 0.02 } })],
      positions: [{ symbol: 'WIN', quantity: 10, avgPrice: 100, firstBoughtAt: '2025-01-01' }],
    });
    const toml = '[planner]\nmin_hold_days = 0\n[filters.eligibility]\nenabled = false\n';
    const r = runPlan({ toml, portfolio: p });
    expect(r.sequencesEvaluated).toBeGreaterThan(0);
    expect(r.plan.steps).toEqual([]);
    expect(r.plan.narrativeSummary).toMatch(/^No sequence improves on the portfolio as it is \(best \d+\.\d vs \d+\.\d now\)/);
  });
});
