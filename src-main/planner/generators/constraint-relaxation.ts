import type { ActionCandidate } from '../../../src-shared/domain/plan';
import { builtinMeta } from '../builtin-meta';
import type { SequenceGeneratorModule } from '../module-types';
import { bool, num } from '../params';
import { resized } from './partial-execution';

const LOT_FRACTIONS = [0.5, 0.25, 0.1];

/** Tag that exempts an action from the cooldown checks of the eligibility and recently_traded filters. */
export const RELAXED_COOLDOWN_TAG = 'relaxed_cooldown';

export const constraintRelaxationGenerator: SequenceGeneratorModule = {
  meta: builtinMeta(
    'sequence_generator',
    'constraint_relaxation',
    'Research scenarios that bend one constraint each. relax_allow_sell: each sell alone, and buy-then-sell pairs of the first 5 buys × first 5 sells. relax_min_lot: each candidate at 50/25/10% of its quantity (tag relaxed_lot). relax_max_position: buys of held symbols at 1.5× (the source listed but never used this key). relax_cooldown: every sequence produced here is exempt from the cooldown checks (tag relaxed_cooldown; also unused in the source).',
    ['relaxation', 'research'],
  ),
  params: {
    relax_allow_sell: { type: 'boolean', default: true, description: 'Single sells and buy-then-sell pairs.' },
    relax_min_lot: { type: 'boolean', default: true, description: 'Fractional-lot variants of every candidate.' },
    relax_max_position: { type: 'boolean', default: false, description: 'Buys of held symbols scaled to 1.5×.' },
    relax_cooldown: { type: 'boolean', default: false, description: 'Exempt these sequences from cooldown filters.' },
    min_shares_relaxed: { type: 'number', default: 0.1, min: 0, max: 1_000_000, unit: 'shares', description: 'Smallest quantity of a fractional-lot variant.' },
  },
  run({ opportunities }, p, ctx) {
    const out: ActionCandidate[][] = [];
    const sells = opportunities.filter((a) => a.side === 'SELL');
    const buys = opportunities.filter((a) => a.side === 'BUY');
    if (bool(p, 'relax_allow_sell')) for (const s of sells) out.push([s]);
    if (bool(p, 'relax_min_lot')) {
      const minShares = num(p, 'min_shares_relaxed');
      for (const a of opportunities) {
        for (const f of LOT_FRACTIONS) {
          const qty = Math.floor(a.quantity * f);
          if (a.quantity * f < minShares || qty <= 0) continue;
          out.push([resized(a, qty, `(${Math.round(f * 100)}% lot, relaxed)`, 'relaxed_lot')]);
        }
      }
    }
    if (bool(p, 'relax_allow_sell')) {
      for (const b of buys.slice(0, 5)) for (const s of sells.slice(0, 5)) if (b.symbol !== s.symbol) out.push([b, s]);
    }
    if (bool(p, 'relax_max_position')) {
      for (const b of buys) {
        const i = ctx.model.index.get(b.symbol);
        if (i !== undefined && ctx.model.quantity[i]! > 0) out.push([resized(b, Math.round(b.quantity * 1.5), '(relaxed position size)')]);
      }
    }
    if (!bool(p, 'relax_cooldown')) return out;
    return out.map((seq) => seq.map((a) => ({ ...a, tags: [...a.tags, RELAXED_COOLDOWN_TAG] })));
  },
};
