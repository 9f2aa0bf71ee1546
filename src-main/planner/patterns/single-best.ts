import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { CATEGORY, maxDepthParam, union } from './builder';

export const singleBestPattern: PatternModule = {
  meta: builtinMeta('pattern', 'single_best', 'The single highest-priority candidate of any category: a sell, or a buy that cash can pay. Always one action (max_depth is kept for symmetry; the global max_depth is not injected).', ['single']),
  params: { max_depth: maxDepthParam(1) },
  run({ byCategory }, _p, ctx) {
    let best = null;
    for (const a of union(byCategory, [CATEGORY.PT, CATEGORY.AD, CATEGORY.RS, CATEGORY.RB, CATEGORY.OB], false)) {
      if (!best || a.priority > best.priority) best = a;
    }
    if (!best) return [];
    if (best.side === 'SELL' || best.valueEur <= ctx.availableCashEur) return [[best]];
    return [];
  },
};
