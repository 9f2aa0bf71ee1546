import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, depthFromSettings, maxDepthParam, union } from './builder';

export const directBuyPattern: PatternModule = {
  meta: builtinMeta('pattern', 'direct_buy', 'Invests available cash: buys from averaging_down, rebalance_buys and opportunity_buys by priority, as many as cash and depth allow.', ['buy'], [
    { kind: 'calculator', anyOf: ['averaging_down', 'rebalance_buys', 'opportunity_buys', 'weight_based'], reason: 'direct_buy needs a buy calculator' },
  ]),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    if (ctx.availableCashEur <= 0) return [];
    const b = new SequenceBuilder(ctx.availableCashEur, num(p, 'max_depth'));
    b.buyGreedy(union(byCategory, [CATEGORY.AD, CATEGORY.RB, CATEGORY.OB], true));
    return b.result();
  },
};
