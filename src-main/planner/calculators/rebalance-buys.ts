import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { CalculatorModule } from '../module-types';
import { countryAllocation } from '../model/portfolio-model';
import { num } from '../params';
import { buyQuantity, makeAction, pct } from '../sizing';

export const rebalanceBuysCalculator: CalculatorModule = {
  meta: builtinMeta(
    'calculator',
    'rebalance_buys',
    'Buys securities of country groups below their target by more than underweight_threshold, held or not. Priority = (underweight × 2 + quality × 0.5) × priority multiplier × priority_weight (live).',
    ['buy', 'rebalance'],
  ),
  params: {
    underweight_threshold: { type: 'number', default: 0.05, min: 0, max: 0.2, unit: 'fraction', description: 'How far below its target a country group must be.' },
    priority_weight: { type: 'number', default: 1, min: 0, max: 2, description: 'Multiplies the priority.' },
    base_trade_amount_eur: { type: 'number', default: 1000, min: 1, max: 1_000_000, unit: 'EUR', description: 'Target size of each buy.' },
  },
  run(ctx, p) {
    const m = ctx.model;
    const threshold = num(p, 'underweight_threshold');
    const weight = num(p, 'priority_weight');
    const amount = num(p, 'base_trade_amount_eur');
    const alloc = countryAllocation(m);
    const out: ActionCandidate[] = [];
    for (let i = 0; i < m.n; i++) {
      const s = m.securities[i]!;
      if (!s.allowBuy) continue;
      const g = m.countryGroup[i]!;
      const target = m.countryGroupTarget[g]!;
      const current = alloc[g]!;
      if (Number.isNaN(target) || current >= target - threshold) continue;
      const under = target - current;
      const group = m.countryGroupNames[g]!;
      const priority = (under * 2 + m.quality[i]! * 0.5) * s.priorityMultiplier * weight;
      out.push(
        makeAction(m, i, 'BUY', buyQuantity(m, i, amount), priority, `Underweight ${group} by ${pct(under)}`, ['rebalance', `underweight_${group.toLowerCase()}`]),
      );
    }
    return out;
  },
};
