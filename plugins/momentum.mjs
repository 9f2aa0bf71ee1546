// Momentum calculator: an example Planner Studio plugin (see README.md in this folder).
//
// Buys securities whose recent growth outpaces their long-term growth: the 5-year CAGR minus
// the 10-year CAGR ("acceleration") must reach `min_acceleration`, and the 5-year CAGR itself
// `min_cagr_5y`. Priority grows with the acceleration, so the strongest risers come first.
// Its candidates are filed under `opportunity_buys`, so the buy patterns (direct_buy,
// opportunity_first, ...) consider them alongside the built-in opportunity buys.

export default function register(planner) {
  const { buyQuantity, makeAction } = planner.helpers;

  planner.register('calculator', {
    meta: {
      name: 'momentum',
      version: '1.0.0',
      author: 'Planner Studio examples',
      description:
        'Buys securities whose 5-year CAGR exceeds their 10-year CAGR by at least min_acceleration (growth is speeding up). ' +
        'Priority = acceleration / 0.10 × priority_weight × the security\'s priority multiplier. Candidates join the opportunity_buys category.',
      tags: ['buy', 'momentum', 'example'],
      dependencies: [{ kind: 'pattern', anyOf: ['direct_buy', 'opportunity_first', 'single_best'], reason: 'momentum buys are used by the buy patterns' }],
    },
    params: {
      min_acceleration: { type: 'number', default: 0.02, min: 0, max: 0.5, unit: 'fraction', description: '5-year CAGR minus 10-year CAGR needed to buy.' },
      min_cagr_5y: { type: 'number', default: 0.05, min: -0.5, max: 1, unit: 'fraction', description: 'Minimum 5-year CAGR.' },
      min_quality_score: { type: 'number', default: 0.5, min: 0, max: 1, description: 'Minimum quality score (unknown quality counts as 0.5).' },
      priority_weight: { type: 'number', default: 1.0, min: 0, max: 2, description: 'Multiplies the priority.' },
      base_trade_amount_eur: { type: 'number', default: 1000, min: 1, max: 1000000, unit: 'EUR', description: 'Target size of each buy.' },
    },
    categoryOf: () => 'opportunity_buys',
    run(ctx, params) {
      const m = ctx.model;
      const out = [];
      for (let i = 0; i < m.n; i++) {
        const s = m.securities[i];
        const cagr5 = s.metrics.CAGR_5Y;
        const cagr10 = s.metrics.CAGR_10Y;
        if (!s.allowBuy || cagr5 === undefined || cagr10 === undefined) continue;
        if (m.quality[i] < params.min_quality_score || cagr5 < params.min_cagr_5y) continue;
        const acceleration = cagr5 - cagr10;
        if (acceleration < params.min_acceleration) continue;
        const priority = (acceleration / 0.1) * params.priority_weight * s.priorityMultiplier;
        const reason = `Momentum: 5-year growth ${(cagr5 * 100).toFixed(1)}% vs 10-year ${(cagr10 * 100).toFixed(1)}%`;
        out.push(makeAction(m, i, 'BUY', buyQuantity(m, i, params.base_trade_amount_eur), priority, reason, ['momentum', 'opportunity']));
      }
      return out;
    },
  });
}
