import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, depthFromSettings, maxDepthParam, union } from './builder';

export const cashGenerationPattern: PatternModule = {
  meta: builtinMeta('pattern', 'cash_generation', 'Raises cash: up to max_depth sells (profit_taking, rebalance_sells); any steps left go to buys in the order opportunity_buys, averaging_down, rebalance_buys.', ['sell']),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const sells = union(byCategory, [CATEGORY.PT, CATEGORY.RS], false);
    if (sells.length === 0) return [];
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(sells, depth);
    b.buyGreedy(union(byCategory, [CATEGORY.OB, CATEGORY.AD, CATEGORY.RB], false));
    return b.result();
  },
};
