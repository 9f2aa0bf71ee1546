import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num } from '../params';
import { CATEGORY, SequenceBuilder, cat, depthFromSettings, maxDepthParam } from './builder';

export const averagingDownPattern: PatternModule = {
  meta: builtinMeta('pattern', 'averaging_down', 'Buys averaging_down candidates; when cash cannot pay the first one and a profit-taking sell exists, that sell funds it.', ['buy', 'dip'], [
    { kind: 'calculator', anyOf: ['averaging_down', 'weight_based'], reason: 'the averaging_down pattern needs the averaging_down calculator' },
  ]),
  params: { max_depth: maxDepthParam(5) },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const buys = cat(byCategory, CATEGORY.AD);
    const first = buys[0];
    if (!first) return [];
    const b = new SequenceBuilder(ctx.availableCashEur, num(p, 'max_depth'));
    const pt = cat(byCategory, CATEGORY.PT)[0];
    if (ctx.availableCashEur < first.valueEur && pt) b.sell(pt);
    b.buyGreedy(buys);
    return b.result();
  },
};
