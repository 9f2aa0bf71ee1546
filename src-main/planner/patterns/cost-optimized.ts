import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, depthFromSettings, maxDepthParam, union } from './builder';

export const costOptimizedPattern: PatternModule = {
  meta: builtinMeta('pattern', 'cost_optimized', 'Sells (profit_taking, rebalance_sells) until depth, then the highest-priority buys of any buy category, each symbol once.', ['sell', 'buy']),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(union(byCategory, [CATEGORY.PT, CATEGORY.RS], false), depth);
    b.buyGreedy(union(byCategory, [CATEGORY.AD, CATEGORY.RB, CATEGORY.OB], true));
    return b.result();
  },
};
