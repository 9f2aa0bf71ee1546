import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, cat, depthFromSettings, maxDepthParam } from './builder';

export const deepRebalancePattern: PatternModule = {
  meta: builtinMeta('pattern', 'deep_rebalance', 'Needs both rebalance sells and buys: up to max(1, max_depth ÷ 2) rebalance_sells, then rebalance_buys.', ['sell', 'buy', 'rebalance'], [
    { kind: 'calculator', anyOf: ['rebalance_sells', 'weight_based'], reason: 'deep_rebalance needs rebalance_sells or weight_based' },
  ]),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const sells = cat(byCategory, CATEGORY.RS);
    const buys = cat(byCategory, CATEGORY.RB);
    if (sells.length === 0 || buys.length === 0) return [];
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(sells, Math.max(1, Math.floor(depth / 2)));
    b.buyGreedy(buys);
    return b.result();
  },
};
