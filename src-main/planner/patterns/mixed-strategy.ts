import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, depthFromSettings, maxDepthParam, union } from './builder';

export const mixedStrategyPattern: PatternModule = {
  meta: builtinMeta('pattern', 'mixed_strategy', 'Balanced: up to max(1, max_depth ÷ 2) sells (profit_taking, rebalance_sells), then buys from averaging_down, rebalance_buys, opportunity_buys.', ['sell', 'buy']),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory, all }, p, ctx) {
    if (all.length === 0) return [];
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(union(byCategory, [CATEGORY.PT, CATEGORY.RS], false), Math.max(1, Math.floor(depth / 2)));
    b.buyGreedy(union(byCategory, [CATEGORY.AD, CATEGORY.RB, CATEGORY.OB], false));
    return b.result();
  },
};
