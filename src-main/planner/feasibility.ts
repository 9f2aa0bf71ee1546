import type { ActionSequence } from '../../src-shared/domain/plan';
import type { PortfolioModel } from './model/portfolio-model';

/**
 * The always-on feasibility check before evaluation (domain.md §1.1 step 6, §1.2 step 7): a
 * sequence is dropped if it is empty or longer than the [planner] max_depth (a hard cap on plan
 * length, whatever the modules' own limits), repeats a symbol, has an average action priority below the
 * threshold, buys something not buyable or sells something not sellable, sells more than is held,
 * or at any step buys more than the running cash (sells add their value first).
 */
export function isFeasible(seq: ActionSequence, model: PortfolioModel, cashEur: number, priorityThreshold: number, maxLength: number): boolean {
  const actions = seq.actions;
  if (actions.length === 0 || actions.length > maxLength) return false;
  const seen = new Set<string>();
  let prioritySum = 0;
  let cash = cashEur;
  for (const a of actions) {
    if (seen.has(a.symbol)) return false;
    seen.add(a.symbol);
    prioritySum += a.priority;
    const i = model.index.get(a.symbol);
    if (i === undefined || !(a.quantity > 0) || !(a.valueEur > 0)) return false;
    const s = model.securities[i]!;
    if (a.side === 'SELL') {
      if (!s.allowSell || a.quantity > model.quantity[i]!) return false;
      cash += a.valueEur;
    } else {
      if (!s.allowBuy || a.valueEur > cash) return false;
      cash -= a.valueEur;
    }
  }
  return prioritySum / actions.length >= priorityThreshold;
}
