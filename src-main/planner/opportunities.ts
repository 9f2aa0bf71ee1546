import type { ModuleConfig } from '../../src-shared/config/strategy';
import type { ActionCandidate } from '../../src-shared/domain/plan';
import { selectCandidates } from './diverse-selection';
import type { ModuleInvoker } from './invoke';
import type { CalculatorModule, OpportunitiesByCategory, PlanningContext } from './module-types';
import { checkCandidates } from './output-checks';
import { resolveParams } from './resolve-params';

/**
 * Stages 1–2 (domain.md §1.1): run every enabled calculator, drop the sides `[planner]` forbids
 * (allow_buy / allow_sell, which the source copied but never checked), file each candidate in its
 * category, and cut each category to max_opportunities_per_category (by priority, or by diverse
 * selection).
 */
export function findOpportunities(
  calculators: readonly { config: ModuleConfig; module: CalculatorModule }[],
  ctx: PlanningContext,
  invoker: ModuleInvoker,
): OpportunitiesByCategory {
  const { settings } = ctx;
  const raw = new Map<string, ActionCandidate[]>();
  for (const { config, module } of calculators) {
    const params = resolveParams(module, config, settings);
    const found = invoker.invokeModule(module.meta, 'calculate', [] as { candidate: ActionCandidate; category: string }[], () =>
      checkCandidates(module.run(ctx, params)).map((candidate) => ({ candidate, category: module.categoryOf?.(candidate) ?? module.meta.name })),
    );
    for (const { candidate, category } of found) {
      if (candidate.side === 'BUY' ? !settings.allow_buy : !settings.allow_sell) continue;
      const list = raw.get(category);
      if (list) list.push(candidate);
      else raw.set(category, [candidate]);
    }
  }
  const byCategory: Record<string, readonly ActionCandidate[]> = {};
  for (const [category, list] of raw) {
    byCategory[category] = selectCandidates(list, settings.max_opportunities_per_category, settings.enable_diverse_selection, settings.diversity_weight, ctx.model);
  }
  return byCategory;
}
