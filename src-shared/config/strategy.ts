import type { ModuleKind, ParamValue } from '../domain/modules';
import type { RiskProfile } from '../domain/plan';

/**
 * A parsed, validated strategy file. `planner` holds every `[planner]` key with defaults filled in;
 * each module keeps only the params written in the file, because the engine merges
 * `defaults ← runtime values ← file params` (domain.md §8.3) and needs to know which were written.
 */
export interface ModuleConfig {
  name: string;
  kind: ModuleKind;
  /** A module absent from the file is enabled (source semantics); `enabled = false` disables. */
  enabled: boolean;
  params: Record<string, ParamValue>;
}

export type ParamValues = Record<string, ParamValue>;

export interface StrategyConfig {
  planner: ParamValues;
  /** Every catalog module of each kind, in catalog (= execution) order. */
  modules: Record<ModuleKind, ModuleConfig[]>;
}

/** The `[planner]` keys the engine reads, typed. Built from `StrategyConfig.planner`. */
export interface PlannerSettings {
  name: string;
  description: string;
  enable_batch_generation: boolean;
  max_depth: number;
  max_opportunities_per_category: number;
  priority_threshold: number;
  beam_width: number;
  enable_diverse_selection: boolean;
  diversity_weight: number;
  transaction_cost_fixed: number;
  transaction_cost_percent: number;
  allow_sell: boolean;
  allow_buy: boolean;
  min_hold_days: number;
  sell_cooldown_days: number;
  max_loss_threshold: number;
  risk_profile: RiskProfile;
  cost_penalty_factor: number;
  enable_multi_objective: boolean;
  enable_stochastic_scenarios: boolean;
  enable_monte_carlo_paths: boolean;
  monte_carlo_path_count: number;
  enable_multi_timeframe: boolean;
  enable_market_regime_scenarios: boolean;
}
