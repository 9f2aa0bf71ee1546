import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { CalculatorModule } from '../module-types';
import { countryAllocation } from '../model/portfolio-model';
import { num } from '../params';
import { makeAction, pct, sellQuantity } from '../sizing';

export const rebalanceSellsCalculator: CalculatorModule = {
  meta: builtinMeta(
    'calculator',
    'rebalance_sells',
    'Sells from country groups above their target by more than overweight_threshold: min(position × max_sell_pct, overweight × total value), whole lots. Allocations are fractions of invested + cash. priority_weight is live (overweight × 2 × weight / priority multiplier).',
    ['sell', 'rebalance'],
  ),
  params: {
    overweight_threshold: { type: 'number', default: 0.05, min: 0, max: 0.2, unit: 'fraction', description: 'How far above its target a country group must be.' },
    max_sell_pct: { type: 'number', default: 0.3, min: 0, max: 1, unit: 'fraction', description: 'Largest share of one position sold.' },
    priority_weight: { type: 'number', default: 1, min: 0, max: 2, description: 'Multiplies the priority.' },
  },
  run(ctx, p) {
    const m = ctx.model;
    const threshold = num(p, 'overweight_threshold');
    const maxPct = num(p, 'max_sell_pct');
    const weight = num(p, 'priority_weight');
    const alloc = countryAllocation(m);
    const out: ActionCandidate[] = [];
    for (let i = 0; i < m.n; i++) {
      const s = m.securities[i]!;
      if (m.quantity[i]! <= 0 || !s.allowSell || m.valueEur[i]! <= 0) continue;
      const g = m.countryGroup[i]!;
      const target = m.countryGroupTarget[g]!;
      const current = alloc[g]!;
      if (Number.isNaN(target) || current <= target + threshold) continue;
      const overweight = current - target;
      const sellEur = Math.min(m.valueEur[i]! * maxPct, overweight * m.totalValueEur);
      const qty = sellQuantity(m, i, sellEur / m.priceEur[i]!);
      if (qty <= 0) continue;
      const group = m.countryGroupNames[g]!;
      out.push(
        makeAction(m, i, 'SELL', qty, ((overweight * 2) / s.priorityMultiplier) * weight, `${group} is overweight by ${pct(overweight)}`, [
          'rebalance',
          `overweight_${group.toLowerCase()}`,
        ]),
      );
    }
    return out;
  },
};
