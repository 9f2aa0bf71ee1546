import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { CalculatorModule } from '../module-types';
import { num } from '../params';
import { buyQuantity, makeAction, pct } from '../sizing';

export const averagingDownCalculator: CalculatorModule = {
  meta: builtinMeta(
    'calculator',
    'averaging_down',
    'Buys more of quality holdings trading below their average cost. A loss qualifies when max_drawdown ≤ loss ≤ dip_threshold: dip_threshold is the minimum loss (the monolith\'s and the TOML\'s meaning; the modular source read only max_drawdown, with the opposite sense), max_drawdown the deepest loss still averaged into.',
    ['buy', 'dip'],
  ),
  params: {
    dip_threshold: { type: 'number', default: -0.2, min: -1, max: 0, unit: 'fraction', description: 'Minimum loss from average cost to consider (e.g. −0.20 = down at least 20%).' },
    max_drawdown: { type: 'number', default: -0.6, min: -1, max: 0, unit: 'fraction', description: 'Deepest loss still averaged into (avoids falling knives).' },
    min_quality_score: { type: 'number', default: 0.6, min: 0, max: 1, description: 'Minimum quality score (unknown quality counts as 0.5).' },
    priority_weight: { type: 'number', default: 0.9, min: 0, max: 2, description: 'Multiplies the priority ((quality + |loss|) × weight × priority multiplier).' },
    base_trade_amount_eur: { type: 'number', default: 1000, min: 1, max: 1_000_000, unit: 'EUR', description: 'Target size of each buy (rounded to whole lots, at least one lot).' },
  },
  run(ctx, p) {
    const m = ctx.model;
    const dip = num(p, 'dip_threshold');
    const floor = num(p, 'max_drawdown');
    const minQ = num(p, 'min_quality_score');
    const weight = num(p, 'priority_weight');
    const amount = num(p, 'base_trade_amount_eur');
    const out: ActionCandidate[] = [];
    for (let i = 0; i < m.n; i++) {
      const s = m.securities[i]!;
      if (m.quantity[i]! <= 0 || !s.allowBuy || m.avgPrice[i]! <= 0) continue;
      const loss = (s.price - m.avgPrice[i]!) / m.avgPrice[i]!;
      if (loss > dip || loss < floor) continue;
      const q = m.quality[i]!;
      if (q < minQ) continue;
      const priority = (q + Math.abs(loss)) * weight * s.priorityMultiplier;
      out.push(
        makeAction(m, i, 'BUY', buyQuantity(m, i, amount), priority, `Down ${pct(-loss)} from average cost, quality ${q.toFixed(2)}`, ['averaging_down', 'buy_low']),
      );
    }
    return out;
  },
};
