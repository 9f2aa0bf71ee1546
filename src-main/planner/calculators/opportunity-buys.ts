import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { CalculatorModule } from '../module-types';
import { num } from '../params';
import { buyQuantity, makeAction } from '../sizing';

export const opportunityBuysCalculator: CalculatorModule = {
  meta: builtinMeta(
    'calculator',
    'opportunity_buys',
    'Buys high-quality securities from the whole universe, held or not (the modular source could only price held ones). priority_weight is live: priority = quality × priority multiplier × weight.',
    ['buy', 'quality'],
  ),
  params: {
    min_quality_score: { type: 'number', default: 0.7, min: 0, max: 1, description: 'Minimum quality score to buy.' },
    priority_weight: { type: 'number', default: 1.1, min: 0, max: 2, description: 'Multiplies the priority.' },
    base_trade_amount_eur: { type: 'number', default: 1000, min: 1, max: 1_000_000, unit: 'EUR', description: 'Target size of each buy.' },
  },
  run(ctx, p) {
    const m = ctx.model;
    const minQ = num(p, 'min_quality_score');
    const weight = num(p, 'priority_weight');
    const amount = num(p, 'base_trade_amount_eur');
    const out: ActionCandidate[] = [];
    for (let i = 0; i < m.n; i++) {
      const s = m.securities[i]!;
      const q = m.quality[i]!;
      if (!s.allowBuy || q < minQ) continue;
      out.push(makeAction(m, i, 'BUY', buyQuantity(m, i, amount), q * s.priorityMultiplier * weight, `High quality (score: ${q.toFixed(2)})`, ['quality', 'opportunity']));
    }
    return out;
  },
};
