import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, cat, depthFromSettings, maxDepthParam } from './builder';

export const rebalancePattern: PatternModule = {
  meta: builtinMeta('pattern', 'rebalance', 'Sells overweight positions (rebalance_sells, in order) and buys underweight ones (rebalance_buys) with the proceeds.', ['sell', 'buy', 'rebalance'], [
    { kind: 'calculator', anyOf: ['rebalance_sells', 'weight_based'], reason: 'the rebalance pattern needs rebalance_sells or weight_based' },
  ]),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const sells = cat(byCategory, CATEGORY.RS);
    if (sells.length === 0) return [];
    const depth = num(p, 'max_depth');
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    b.sellUpTo(sells, depth);
    b.buyGreedy(cat(byCategory, CATEGORY.RB));
    return b.result();
  },
};
