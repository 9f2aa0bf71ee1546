import { describe, expect, it } from 'vitest';
import { runPlan } from './run-plan';
import { presetToml, samplePortfolio } from './testing/fixtures';

/**
 * A strategy change must change plans exactly the way the parameter says. Each case edits one
 * key of the default preset and checks the documented effect on the sample portfolio.
 */
const sample = samplePortfolio();
const base = presetToml('default');
const plan = (toml: string) => runPlan({ toml, portfolio: sample, seed: 5 });
const set = (toml: string, key: string, value: string) => {
  const edited = toml.replace(new RegExp(`^${key} = [^#\\n]*`, 'm'), `${key} = ${value}`);
  expect(edited).not.toBe(toml);
  return edited;
};
const setModule = (toml: string, section: string, enabled: boolean) => {
  const edited = toml.replace(`[${section}]\nenabled = ${!enabled}`, `[${section}]\nenabled = ${enabled}`);
  expect(edited).not.toBe(toml);
  return edited;
};

describe('parameter effects on the sample portfolio', () => {
  it('max_depth bounds the plan length', () => {
    for (const depth of [1, 2]) expect(plan(set(base, 'max_depth', String(depth))).plan.steps.length).toBeLessThanOrEqual(depth);
  });

  it('disabling a calculator removes its candidates from the plan', () => {
    const withOpportunity = plan(base);
    expect(withOpportunity.plan.steps.some((s) => s.contributesTo.includes('opportunity'))).toBe(true);
    const without = plan(setModule(base, 'opportunity_calculators.opportunity_buys', false));
    expect(without.plan.steps.some((s) => s.contributesTo.includes('opportunity'))).toBe(false);
  });

  it('risk_profile sets the end-state weights', () => {
    const r = plan(set(base, 'risk_profile', '"conservative"'));
    expect(r.plan.scoreBreakdown?.riskProfile).toBe('conservative');
    expect([r.plan.scoreBreakdown?.totalReturn.weight, r.plan.scoreBreakdown?.diversification.weight, r.plan.scoreBreakdown?.stability.weight]).toEqual([0.25, 0.3, 0.2]);
  });

  it('evaluation toggles switch the scoring mode', () => {
    const stochastic = plan(set(base, 'enable_stochastic_scenarios', 'true'));
    expect(stochastic.plan.scoreBreakdown?.stochastic?.scenariosEvaluated).toBe(5);
    const mc = plan(set(set(base, 'enable_monte_carlo_paths', 'true'), 'monte_carlo_path_count', '30'));
    expect(mc.plan.scoreBreakdown?.monteCarlo?.paths).toBe(30);
    expect(mc.plan.scoreBreakdown?.stochastic).toBeUndefined();
    const mo = plan(set(base, 'enable_multi_objective', 'true'));
    expect(mo.plan.scoreBreakdown?.multiObjective?.endScore).toBe(mo.plan.endStateScore);
    const mt = plan(set(base, 'enable_multi_timeframe', 'true'));
    expect(mt.plan.scoreBreakdown?.multiTimeframe?.factor).toBeCloseTo(1.015, 12);
  });

  it('cost_penalty_factor enters the score as costs / value × factor', () => {
    const free = plan(set(base, 'cost_penalty_factor', '0'));
    const b = free.plan.scoreBreakdown!;
    expect(b.transactionCost.costPenalty).toBe(0);
    const costly = plan(set(base, 'cost_penalty_factor', '1'));
    const c = costly.plan.scoreBreakdown!;
    expect(c.transactionCost.adjustedScore).toBeCloseTo(c.endStateScore - c.transactionCost.costPenalty, 12);
    expect(c.transactionCost.costPenalty).toBeGreaterThan(0);
  });

  it('beam_width and the diversity cap bound how many sequences are evaluated', () => {
    const capped = plan(base.replace('max_sequences = 50', 'max_sequences = 3'));
    expect(capped.sequencesEvaluated).toBeLessThanOrEqual(3);
  });

  it('priority_threshold drops low-priority sequences before evaluation', () => {
    expect(plan(set(base, 'priority_threshold', '1')).sequencesEvaluated).toBeLessThan(plan(base).sequencesEvaluated);
  });
});
