import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { CalculatorModule } from '../module-types';
import { num } from '../params';
import { makeAction, pct } from '../sizing';

export const weightBasedCalculator: CalculatorModule = {
  meta: builtinMeta(
    'calculator',
    'weight_based',
    'Trades toward the optimizer\'s target weights (portfolio targetWeights), largest gap first, when the trade is worth its costs (|gap value| ≥ 2 × cost). Prices are converted to EUR (the source treated native prices as EUR), any universe security can be bought, and the output is filed into the averaging_down / rebalance_buys / rebalance_sells categories so patterns use it (domain.md §8.5).',
    ['buy', 'sell', 'optimizer'],
  ),
  params: {
    min_gap_threshold: { type: 'number', default: 0.005, min: 0, max: 0.1, unit: 'fraction', description: 'Smallest weight gap acted on.' },
    transaction_cost_fixed: { type: 'number', default: 2, min: 0, max: 100, unit: 'EUR', description: 'Fixed cost used to judge whether a trade is worthwhile.' },
    transaction_cost_percent: { type: 'number', default: 0.002, min: 0, max: 0.05, unit: 'fraction', description: 'Variable cost used to judge whether a trade is worthwhile.' },
  },
  categoryOf(c) {
    if (c.side === 'SELL') return 'rebalance_sells';
    return c.tags.includes('averaging_down') ? 'averaging_down' : 'rebalance_buys';
  },
  run(ctx, p) {
    const m = ctx.model;
    const targets = m.snapshot.targetWeights;
    if (!targets || m.totalValueEur <= 0) return [];
    const threshold = num(p, 'min_gap_threshold');
    const fixed = num(p, 'transaction_cost_fixed');
    const percent = num(p, 'transaction_cost_percent');
    const gaps: { i: number; gap: number; target: number; current: number }[] = [];
    for (const [symbol, target] of Object.entries(targets)) {
      const i = m.index.get(symbol);
      if (i === undefined) continue;
      const current = m.valueEur[i]! / m.totalValueEur;
      const gap = target - current;
      if (Math.abs(gap) > threshold) gaps.push({ i, gap, target, current });
    }
    for (let i = 0; i < m.n; i++) {
      if (m.valueEur[i]! <= 0 || m.securities[i]!.symbol in targets) continue;
      const current = m.valueEur[i]! / m.totalValueEur;
      if (current > threshold) gaps.push({ i, gap: -current, target: 0, current });
    }
    gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.i - b.i);
    const out: ActionCandidate[] = [];
    for (const { i, gap, target, current } of gaps) {
      const s = m.securities[i]!;
      const gapValue = Math.abs(gap) * m.totalValueEur;
      if (gapValue < 2 * (fixed + gapValue * percent)) continue;
      const reason = `Optimizer target: ${pct(target)} (current: ${pct(current)})`;
      const lot = Math.max(1, s.minLot);
      if (gap > 0) {
        if (!s.allowBuy) continue;
        const qty = Math.max(lot, Math.floor(gapValue / m.priceEur[i]! / lot) * lot);
        const held = m.quantity[i]! > 0;
        const tags = held && m.avgPrice[i]! > s.price ? ['averaging_down', 'optimizer_target'] : ['rebalance', 'optimizer_target'];
        out.push(makeAction(m, i, 'BUY', qty, Math.abs(gap) * 100 * s.priorityMultiplier, reason, tags));
      } else {
        const held = m.quantity[i]!;
        if (held <= lot || !s.allowSell) continue;
        let qty = Math.floor(gapValue / m.priceEur[i]! / lot) * lot;
        if (qty < held && held - qty < lot) qty = held - lot;
        qty = Math.min(qty, held);
        if (qty <= 0) continue;
        out.push(makeAction(m, i, 'SELL', qty, (Math.abs(gap) * 100) / s.priorityMultiplier, reason, ['rebalance', 'optimizer_target']));
      }
    }
    return out;
  },
};
