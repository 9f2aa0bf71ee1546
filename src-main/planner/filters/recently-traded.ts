import { builtinMeta } from '../builtin-meta';
import { RELAXED_COOLDOWN_TAG } from '../generators/constraint-relaxation';
import type { FilterModule } from '../module-types';
import { bool, num } from '../params';

export const recentlyTradedFilter: FilterModule = {
  meta: builtinMeta(
    'filter',
    'recently_traded',
    'Removes sequences that buy a security bought within buy_cooldown_days or sell one sold within sell_cooldown_days, using the portfolio\'s trade history (the source never supplied it). sell_cooldown_days defaults to the [planner] value.',
    ['rules', 'cooldown'],
  ),
  params: {
    buy_cooldown_days: { type: 'integer', default: 30, min: 0, max: 365, unit: 'days', description: 'Days after a buy before buying the same security again.' },
    sell_cooldown_days: { type: 'integer', default: 180, min: 0, max: 365, unit: 'days', description: 'Days after a sale before selling the same security again.' },
    enforce_buy_cooldown: { type: 'boolean', default: true, description: 'Check buy_cooldown_days.' },
    enforce_sell_cooldown: { type: 'boolean', default: true, description: 'Check sell_cooldown_days.' },
  },
  runtimeParams: (s) => ({ sell_cooldown_days: s.sell_cooldown_days }),
  run(sequences, p, ctx) {
    const m = ctx.model;
    const buyCd = bool(p, 'enforce_buy_cooldown') ? num(p, 'buy_cooldown_days') : -1;
    const sellCd = bool(p, 'enforce_sell_cooldown') ? num(p, 'sell_cooldown_days') : -1;
    return sequences.filter((seq) =>
      seq.actions.every((a) => {
        const i = m.index.get(a.symbol);
        if (i === undefined || a.tags.includes(RELAXED_COOLDOWN_TAG)) return true;
        return a.side === 'BUY' ? !(m.daysSinceBuy[i]! < buyCd) : !(m.daysSinceSell[i]! < sellCd);
      }),
    );
  },
};
