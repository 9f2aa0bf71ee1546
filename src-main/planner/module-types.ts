import type { ModuleKind, ModuleMetadata, ParamSpecs, ParamValue } from '../../src-shared/domain/modules';
import type { ActionCandidate, ActionSequence } from '../../src-shared/domain/plan';
import type { PlannerSettings } from '../../src-shared/config/strategy';
import type { PortfolioModel } from './model/portfolio-model';
import type { Rng } from './rng';

/**
 * The module contract. A module is a plain value `{ meta, params, run }` registered under its kind
 * (`registry.register(kind, module)`); plugins build the same values. Every `run` is synchronous
 * and must not mutate its inputs. `params` arrive resolved: every key of the module's spec is
 * present, merged as `spec defaults ← runtimeParams(settings) ← the file's params`, and validated
 * against the spec (types, ranges) before the run.
 */

/** Resolved parameter values; read them with the helpers in `params.ts`. */
export type Params = Readonly<Record<string, ParamValue>>;

/** What every module can see about the run. */
export interface PlanningContext {
  /** The indexed portfolio (securities, positions, groups, precomputed per-security data). */
  model: PortfolioModel;
  /** The `[planner]` section with defaults filled in. */
  settings: PlannerSettings;
  /** Cash available to the plan, EUR. */
  availableCashEur: number;
  /** Seeded random numbers: use only this, so the same seed gives the same plan. */
  rng: Rng;
}

/** Candidates per category. Built-in categories are the calculator names of domain.md §3.1. */
export type OpportunitiesByCategory = Readonly<Record<string, readonly ActionCandidate[]>>;

interface ModuleBase {
  meta: ModuleMetadata;
  params: ParamSpecs;
  /**
   * Values injected from the `[planner]` section between the spec defaults and the file's params
   * (e.g. a pattern's `max_depth` follows the global `max_depth` unless the file sets its own).
   */
  runtimeParams?: (settings: PlannerSettings) => Record<string, ParamValue>;
}

/** Opportunity calculator: `run(ctx, params)` → candidate actions (its category = its name). */
export interface CalculatorModule extends ModuleBase {
  run: (ctx: PlanningContext, params: Params) => ActionCandidate[];
  /**
   * Optional category of each produced candidate (default: the module name). weight_based files
   * its buys and sells into the heuristic categories so patterns can use them (domain.md §8.5).
   */
  categoryOf?: (candidate: ActionCandidate) => string;
}

/** Pattern generator: `run({ byCategory, all }, params, ctx)` → action sequences. */
export interface PatternModule extends ModuleBase {
  run: (
    input: { byCategory: OpportunitiesByCategory; all: readonly ActionCandidate[] },
    params: Params,
    ctx: PlanningContext,
  ) => ActionCandidate[][];
}

/** Sequence generator: `run({ opportunities, byCategory }, params, ctx)` → more sequences. */
export interface SequenceGeneratorModule extends ModuleBase {
  run: (
    input: { opportunities: readonly ActionCandidate[]; byCategory: OpportunitiesByCategory },
    params: Params,
    ctx: PlanningContext,
  ) => ActionCandidate[][];
}

/** Filter: `run(sequences, params, ctx)` → the sequences to keep (may reorder and truncate). */
export interface FilterModule extends ModuleBase {
  run: (sequences: readonly ActionSequence[], params: Params, ctx: PlanningContext) => ActionSequence[];
}

export interface ModuleOfKind {
  calculator: CalculatorModule;
  pattern: PatternModule;
  sequence_generator: SequenceGeneratorModule;
  filter: FilterModule;
}

export type AnyModule = ModuleOfKind[ModuleKind];
