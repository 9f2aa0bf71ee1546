import { builtinMeta } from '../builtin-meta';
import { RELAXED_COOLDOWN_TAG } from '../generators/constraint-relaxation';
import type { FilterModule } from '../module-types';
import { bool, num } from '../params';

export const eligibilityFilter: FilterModule = {
  meta: builtinMeta(
    'filter',
    'eligibility',
    'Removes sequences with a sell that breaks a holding rule: held fewer than min_hold_days (from first purchase), sold within sell_cooldown_days, or a return below max_loss_threshold. Unknown dates pass. Thresholds default to the [planner] values; the filter reads them from the portfolio snapshot (the source never supplied them).',
    ['rules', 'sell'],
  ),
  params: {
    min_hold_days: { type: 'integer', default: 90, min: 0, max: 365, unit: 'days', description: 'Overrides [planner] min_hold_days.' },
    sell_cooldown_days: { type: 'integer', default: 180, min: 0, max: 365, unit: 'days', description: 'Overrides [planner] sell_cooldown_days.' },
    max_loss_threshold: { type: 'number', default: -0.2, min: -1, max: 0, unit: 'fraction', description: 'Overrides [planner] max_loss_threshold.' },
    enforce_min_hold: { type: 'boolean', default: true, description: 'Check min_hold_days.' },
    enforce_cooldown: { type: 'boolean', default: true, description: 'Check sell_cooldown_days.' },
    enforce_max_loss: { type: 'boolean', default: true, description: 'Check max_loss_threshold.' },
  },
  runtimeParams: (s) => ({ min_hold_days: s.min_hold_days, sell_cooldown_days: s.sell_cooldown_days, max_loss_threshold: s.max_loss_threshold }),
  run(sequences, p, ctx) {
    const m = ctx.model;
    const minHold = bool(p, 'enforce_min_hold') ? num(p, 'min_hold_days') : -1;
    const cooldown = bool(p, 'enforce_cooldown') ? num(p, 'sell_cooldown_days') : -1;
    const maxLoss = bool(p, 'enforce_max_loss') ? num(p, 'max_loss_threshold') : Number.NEGATIVE_INFINITY;
    return sequences.filter((seq) =>
      seq.actions.every((a) => {
        if (a.side !== 'SELL') return true;
        const i = m.index.get(a.symbol);
        if (i === undefined) return true;
        if (m.daysHeld[i]! < minHold) return false;
        if (!a.tags.includes(RELAXED_COOLDOWN_TAG) && m.daysSinceSell[i]! < cooldown) return false;
        const avg = m.avgPrice[i]!;
        return !(avg > 0 && (m.securities[i]!.price - avg) / avg < maxLoss);
      }),
    );
  },
};
