import { describe, expect, it } from 'vitest';
import { createBuiltinRegistry } from '../builtins';
import { runPlan } from '../run-plan';
import { presetToml, samplePortfolio } from '../testing/fixtures';
import { CalculationCache } from './calculation-cache';
import { withCachedCalculators } from './cached-calculators';

describe('withCachedCalculators', () => {
  it('serves calculator results from the cache on a repeated context, with identical plans, until the TTL passes', () => {
    let now = 0;
    const lookups: string[] = [];
    const cache = new CalculationCache<never[]>({ ttlMs: 1000, now: () => now, onLookup: (l) => lookups.push(`${l.module}:${l.hit ? 'hit' : 'miss'}`) });
    const registry = withCachedCalculators(createBuiltinRegistry(), cache);
    const request = { toml: presetToml('default'), portfolio: samplePortfolio(), seed: 5 };
    const plain = runPlan(request);
    const first = runPlan(request, { registry });
    const calculators = registry.list('calculator').map((m) => m.meta.name);
    expect(lookups).toEqual(calculators.map((n) => `${n}:miss`));
    const second = runPlan(request, { registry });
    expect(lookups.slice(calculators.length)).toEqual(calculators.map((n) => `${n}:hit`));
    expect(first.plan).toEqual(plain.plan);
    expect(second.plan).toEqual(plain.plan);

    // a changed [planner] setting is a different context
    runPlan({ ...request, toml: request.toml.replace('transaction_cost_fixed = 2.0', 'transaction_cost_fixed = 3.0') }, { registry });
    expect(lookups.slice(2 * calculators.length).every((l) => l.endsWith(':miss'))).toBe(true);

    now = 1000; // expired
    runPlan(request, { registry });
    expect(lookups.slice(3 * calculators.length).every((l) => l.endsWith(':miss'))).toBe(true);
  });

  it('keeps the registry order and the other kinds unchanged', () => {
    const source = createBuiltinRegistry();
    const cached = withCachedCalculators(source, new CalculationCache({ ttlMs: 1 }));
    expect(cached.catalog()).toEqual(source.catalog());
    expect(cached.get('filter', 'diversity')).toBe(source.get('filter', 'diversity'));
  });
});
