import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, cat, depthFromSettings, maxDepthParam, union } from './builder';

export const profitTakingPattern: PatternModule = {
  meta: builtinMeta('pattern', 'profit_taking', 'Takes windfall profits (profit_taking sells, in order) and reinvests the proceeds in averaging_down and rebalance_buys candidates by priority.', ['sell', 'buy', 'windfall'], [
    { kind: 'calculator', anyOf: ['profit_taking'], reason: 'the profit_taking pattern needs the profit_taking calculator' },
  ]),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const sells = cat(byCategory, CATEGORY.PT);
    if (sells.length === 0) return [];
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(sells, depth);
    b.buyGreedy(union(byCategory, [CATEGORY.AD, CATEGORY.RB], true));
    return b.result();
  },
};
