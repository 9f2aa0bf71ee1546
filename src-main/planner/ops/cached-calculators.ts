import { createHash } from 'node:crypto';
import type { ActionCandidate } from '../../../src-shared/domain/plan';
import type { PortfolioModel } from '../model/portfolio-model';
import type { CalculatorModule, PlanningContext } from '../module-types';
import { ModuleRegistry } from '../registry';
import type { CalculationCache } from './calculation-cache';
import { stableKey } from './stable-key';

/**
 * What a calculator's result depends on besides its params: the portfolio (which also fixes the
 * cash) and the `[planner]` settings. Hashed once per run (the model is built once per run).
 */
const contextHashes = new WeakMap<PortfolioModel, Map<string, string>>();

export function contextHash(ctx: PlanningContext): string {
  const settings = stableKey(ctx.settings);
  let bySettings = contextHashes.get(ctx.model);
  if (bySettings === undefined) {
    bySettings = new Map();
    contextHashes.set(ctx.model, bySettings);
  }
  let hash = bySettings.get(settings);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(ctx.model.snapshot)).update(settings).update(String(ctx.availableCashEur)).digest('hex').slice(0, 24);
    bySettings.set(settings, hash);
  }
  return hash;
}

/**
 * A registry like `source` whose opportunity calculators answer from the calculation cache
 * when the same calculator already ran on the same portfolio context with the same params
 * within the cache's TTL (e.g. the two arms of an A/B comparison, sweep points that vary a
 * pattern parameter, a re-run). Calculators are deterministic functions of those inputs (they
 * may not use the run's RNG; plugins/README.md says so). The other kinds are registered as they are.
 */
export function withCachedCalculators(source: ModuleRegistry, cache: CalculationCache<ActionCandidate[]>): ModuleRegistry {
  const out = new ModuleRegistry();
  for (const m of source.list('calculator')) {
    const wrapped: CalculatorModule = {
      ...m,
      run: (ctx, params) => cache.getOrCompute(m.meta.name, contextHash(ctx), params, () => m.run(ctx, params)),
    };
    out.register('calculator', wrapped);
  }
  for (const m of source.list('pattern')) out.register('pattern', m);
  for (const m of source.list('sequence_generator')) out.register('sequence_generator', m);
  for (const m of source.list('filter')) out.register('filter', m);
  return out;
}
