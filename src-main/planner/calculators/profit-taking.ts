import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { CalculatorModule } from '../module-types';
import { num } from '../params';
import { makeAction, sellQuantity } from '../sizing';
import { assessWindfall } from './windfall';

export const profitTakingCalculator: CalculatorModule = {
  meta: builtinMeta(
    'calculator',
    'profit_taking',
    'Sells part of positions whose gain exceeds what their own growth rate explains (windfalls). Years held from the first purchase (minimum 0.1, 1 if unknown); growth rate CAGR_5Y, else CAGR_10Y, else 10%. windfall_threshold is live here: the smallest excess gain that triggers a sale (the source ignored it and used 0.25).',
    ['sell', 'windfall'],
  ),
  params: {
    windfall_threshold: { type: 'number', default: 0.3, min: 0, max: 2, unit: 'fraction', description: 'Smallest excess gain (over expected growth) that counts as a windfall and triggers a 20% sale.' },
    priority_weight: { type: 'number', default: 1.2, min: 0, max: 2, description: 'Multiplies the candidates\' priority ((windfall score + 0.5) × weight / priority multiplier).' },
  },
  run(ctx, p) {
    const m = ctx.model;
    const threshold = num(p, 'windfall_threshold');
    const weight = num(p, 'priority_weight');
    const out: ActionCandidate[] = [];
    for (let i = 0; i < m.n; i++) {
      const s = m.securities[i]!;
      if (m.quantity[i]! <= 0 || !s.allowSell || m.valueEur[i]! <= 0 || m.avgPrice[i]! <= 0) continue;
      const gain = (s.price - m.avgPrice[i]!) / m.avgPrice[i]!;
      const days = m.daysHeld[i]!;
      const years = Number.isNaN(days) ? 1 : Math.max(0.1, days / 365);
      const cagr = s.metrics.CAGR_5Y ?? s.metrics.CAGR_10Y ?? 0.1;
      const w = assessWindfall(gain, years, cagr, threshold);
      if (w.sellFraction <= 0) continue;
      const qty = sellQuantity(m, i, m.quantity[i]! * w.sellFraction);
      if (qty <= 0) continue;
      const priority = ((w.score + 0.5) * weight) / s.priorityMultiplier;
      out.push(makeAction(m, i, 'SELL', qty, priority, w.reason, ['windfall', 'profit_taking']));
    }
    return out;
  },
};
