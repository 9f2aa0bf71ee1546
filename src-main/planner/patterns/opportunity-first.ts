import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, cat, depthFromSettings, maxDepthParam, union } from './builder';

export const opportunityFirstPattern: PatternModule = {
  meta: builtinMeta('pattern', 'opportunity_first', 'Cash only, no sells: opportunity_buys first, then averaging_down and rebalance_buys.', ['buy', 'quality'], [
    { kind: 'calculator', anyOf: ['opportunity_buys'], reason: 'opportunity_first needs the opportunity_buys calculator' },
  ]),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const ob = cat(byCategory, CATEGORY.OB);
    if (ob.length === 0) return [];
    const b = new SequenceBuilder(ctx.availableCashEur, num(p, 'max_depth'));
    b.buyGreedy(ob);
    b.buyGreedy(union(byCategory, [CATEGORY.AD, CATEGORY.RB], false));
    return b.result();
  },
};
