import { builtinMeta } from '../builtin-meta';
import type { PatternModule } from '../module-types';
import { num, str } from '../params';
import { CATEGORY, SequenceBuilder, cat, depthFromSettings, maxDepthParam } from './builder';

export const marketRegimePattern: PatternModule = {
  meta: builtinMeta(
    'pattern',
    'market_regime',
    'One sequence shaped by the market regime. bull: up to 2 profit-taking sells, then opportunity and rebalance buys; bear: sells (profit_taking, rebalance_sells) up to max_depth ÷ 2, then averaging-down buys; sideways: up to 2 rebalance sells, then rebalance and opportunity buys. Buys stop at the first unaffordable one. With [planner] enable_market_regime_scenarios the portfolio\'s detected regime replaces the market_regime param.',
    ['regime'],
  ),
  params: {
    max_depth: maxDepthParam(5),
    market_regime: { type: 'string', default: 'sideways', enum: ['bull', 'bear', 'sideways'], description: 'Regime assumed when the detected regime is not used.' },
    max_opportunities_per_category: { type: 'integer', default: 10, min: 1, max: 20, description: 'Each category is first cut to this many candidates.' },
  },
  runtimeParams: depthFromSettings,
  run({ byCategory }, p, ctx) {
    const regime = ctx.settings.enable_market_regime_scenarios ? ctx.model.snapshot.marketRegime : str(p, 'market_regime');
    const limit = num(p, 'max_opportunities_per_category');
    const depth = num(p, 'max_depth');
    const c = (name: string) => cat(byCategory, name).slice(0, limit);
    const b = new SequenceBuilder(ctx.availableCashEur, depth);
    if (regime === 'bull') {
      b.sellUpTo(c(CATEGORY.PT), 2);
      b.buyUntilUnaffordable([...c(CATEGORY.OB), ...c(CATEGORY.RB)]);
    } else if (regime === 'bear') {
      b.sellUpTo([...c(CATEGORY.PT), ...c(CATEGORY.RS)], Math.floor(depth / 2));
      b.buyUntilUnaffordable(c(CATEGORY.AD));
    } else {
      b.sellUpTo(c(CATEGORY.RS), 2);
      b.buyUntilUnaffordable([...c(CATEGORY.RB), ...c(CATEGORY.OB)]);
    }
    return b.result();
  },
};
