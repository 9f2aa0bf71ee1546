import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, depthFromSettings, maxDepthParam, union } from './builder';

export const multiSellPattern: PatternModule = {
  meta: builtinMeta('pattern', 'multi_sell', 'Several sells (profit_taking first, then rebalance_sells), remaining steps filled with buys from averaging_down, rebalance_buys and opportunity_buys in that order.', ['sell', 'buy']),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const sells = union(byCategory, [CATEGORY.PT, CATEGORY.RS], false);
    if (sells.length === 0) return [];
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(sells, depth);
    b.buyGreedy(union(byCategory, [CATEGORY.AD, CATEGORY.RB, CATEGORY.OB], false));
    return b.result();
  },
};
