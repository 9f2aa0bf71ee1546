import type { ParamSpecs } from '../../src-shared/domain/modules';
import type { ParamValues, PlannerSettings } from '../../src-shared/config/strategy';

/** Engine version reported with every plan (bump on any change that can change plans). */
export const ENGINE_VERSION = '1.0.0';

/**
 * The `[planner]` keys (domain.md §5.2), all live. Defaults follow default.toml (costs €2 + 0.2%)
 * rather than the source dataclass (€5 + 0.1%), so a file without cost keys plans like the preset.
 */
export const PLANNER_PARAMS: ParamSpecs = {
  name: { type: 'string', default: 'default', description: 'Name of the strategy.' },
  description: { type: 'string', default: '', description: 'What the strategy is for.' },
  enable_batch_generation: {
    type: 'boolean',
    default: true,
    description: 'Run the pattern generators at every depth 1..max_depth (as the monolith did), not only at max_depth.',
  },
  max_depth: { type: 'integer', default: 5, min: 1, max: 10, unit: 'actions', description: 'Longest plan: longer sequences are dropped before evaluation, whatever the modules\' own limits. Also the default max_depth of every pattern and max_steps of the combinatorial generators. Recommended max 7.' },
  max_opportunities_per_category: { type: 'integer', default: 5, min: 1, max: 20, description: 'Candidates kept per calculator category (highest priority, or diverse selection).' },
  priority_threshold: { type: 'number', default: 0.3, min: 0, max: 1, description: 'Sequences whose average action priority is below this are dropped before evaluation.' },
  beam_width: { type: 'integer', default: 10, min: 1, max: 50, description: 'Sequences kept by the beam search; evaluation stops early on a plateau.' },
  enable_diverse_selection: { type: 'boolean', default: true, description: 'Choose each category\'s candidates across countries/industries instead of by priority only.' },
  diversity_weight: { type: 'number', default: 0.3, min: 0, max: 1, description: 'Weight of diversity against priority in diverse selection (and the diversity filter\'s default).' },
  transaction_cost_fixed: { type: 'number', default: 2.0, min: 0, max: 100, unit: 'EUR', description: 'Fixed cost per trade.' },
  transaction_cost_percent: { type: 'number', default: 0.002, min: 0, max: 0.05, unit: 'fraction', description: 'Variable cost per trade, fraction of its value.' },
  allow_sell: { type: 'boolean', default: true, description: 'When false, no sell candidates are produced.' },
  allow_buy: { type: 'boolean', default: true, description: 'When false, no buy candidates are produced.' },
  min_hold_days: { type: 'integer', default: 90, min: 0, max: 365, unit: 'days', description: 'A position may be sold only after this many days (eligibility filter default).' },
  sell_cooldown_days: { type: 'integer', default: 180, min: 0, max: 365, unit: 'days', description: 'Days after a sale before the same security may be sold again (eligibility and recently_traded default).' },
  max_loss_threshold: { type: 'number', default: -0.2, min: -1, max: 0, unit: 'fraction', description: 'Positions with a return below this are not sold (eligibility default).' },
  risk_profile: {
    type: 'string',
    default: 'balanced',
    enum: ['balanced', 'conservative', 'aggressive'],
    description: 'Weights of the end-state score: balanced 35/25/20/15/5, conservative 25/30/20/20/5, aggressive 45/20/25/5/5 (return/diversification/promise/stability/opinion).',
  },
  cost_penalty_factor: { type: 'number', default: 0.1, min: 0, max: 1, description: 'Score penalty = transaction costs / portfolio value × this.' },
  enable_multi_objective: { type: 'boolean', default: false, description: 'Pareto beam over end score, diversification, risk and cost instead of the end score alone.' },
  enable_stochastic_scenarios: { type: 'boolean', default: false, description: 'Score each sequence under price shifts −10%, −5%, 0, +5%, +10%: 0.6 × worst + 0.4 × mean.' },
  enable_monte_carlo_paths: { type: 'boolean', default: false, description: 'Score each sequence over random price paths: 0.4 × worst + 0.3 × p10 + 0.3 × mean. Takes precedence over stochastic scenarios.' },
  monte_carlo_path_count: { type: 'integer', default: 100, min: 10, max: 500, unit: 'paths', description: 'Number of Monte Carlo paths.' },
  enable_multi_timeframe: { type: 'boolean', default: false, description: 'Blend short (0.95), medium (1.0) and long (1.05) horizons 20/30/50, i.e. × 1.015 (capped at 1).' },
  enable_market_regime_scenarios: { type: 'boolean', default: false, description: 'Let the portfolio\'s detected market regime drive the market_regime pattern instead of its market_regime param.' },
};

/** Typed view of a validated `[planner]` section. */
export function plannerSettings(values: ParamValues): PlannerSettings {
  const merged: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(PLANNER_PARAMS)) merged[key] = values[key] ?? spec.default;
  return merged as unknown as PlannerSettings;
}
