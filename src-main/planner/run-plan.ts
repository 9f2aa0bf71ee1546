import { createHash, randomUUID } from 'node:crypto';
import { StudioError } from '../../src-shared/api/errors';
import type { PlanRequest, PlanRunResult } from '../../src-shared/api/schemas/plan';
import type { ModuleConfig } from '../../src-shared/config/strategy';
import { validateStrategy } from '../../src-shared/config/validate';
import type { ModuleKind } from '../../src-shared/domain/modules';
import type { ActionCandidate, ActionSequence } from '../../src-shared/domain/plan';
import { buildPlan, emptyPlan } from './build-plan';
import { createBuiltinRegistry } from './builtins';
import { encodeSequences } from './evaluation/encoded';
import { Evaluator, OUT, OUT_SIZE } from './evaluation/evaluator';
import { ScenarioScorer, type EvaluationMode } from './evaluation/scenarios';
import { beamSearch, type Candidate } from './evaluation/search';
import { isFeasible } from './feasibility';
import { ModuleInvoker, type Emit } from './invoke';
import { buildPortfolioModel } from './model/portfolio-model';
import type { PlanningContext } from './module-types';
import { findOpportunities } from './opportunities';
import { checkFiltered, checkSequences } from './output-checks';
import { num } from './params';
import { ENGINE_VERSION, plannerSettings } from './planner-params';
import type { ModuleRegistry } from './registry';
import { resolveParams } from './resolve-params';
import { createRng } from './rng';

export interface RunHooks {
  /** Pipeline events (types of `src-shared/api/events.ts`); the service adds time, run id, bucket. */
  emit?: Emit;
  onProgress?: (progress: { stage: string; done: number; total: number }) => void;
  /** Polled between stages and evaluation batches; true ⇒ the run stops with a `cancelled` error. */
  isCancelled?: () => boolean;
  /** Registry to plan with (builtins + plugins); defaults to the built-ins. */
  registry?: ModuleRegistry;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function sequenceKey(actions: readonly ActionCandidate[]): string {
  return actions.map((a) => `${a.side}:${a.symbol}:${a.quantity}`).join('|');
}

/**
 * One planning run, synchronously in the calling thread (the worker calls this; tests and the
 * bench call it directly): validate the strategy, find opportunities, generate, filter, check
 * feasibility, evaluate with beam search, and build the plan with narratives (domain.md §1).
 */
export function runPlan(request: PlanRequest, hooks: RunHooks = {}): PlanRunResult {
  const started = performance.now();
  const registry = hooks.registry ?? createBuiltinRegistry();
  const { config, problems } = validateStrategy(request.toml, registry.catalog());
  if (!config) {
    const errors = problems.filter((p) => p.severity === 'error');
    throw new StudioError('invalid_config', `The strategy has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]?.message ?? ''}`, { problems });
  }
  const configHash = hash(request.toml);
  const portfolioHash = hash(JSON.stringify(request.portfolio));
  const seed = request.seed ?? Number.parseInt(hash(configHash + portfolioHash).slice(0, 8), 16);
  const runId = request.runId ?? randomUUID();
  const emit: Emit = hooks.emit ?? (() => {});
  const progress = hooks.onProgress ?? (() => {});
  const checkCancel = () => {
    if (hooks.isCancelled?.()) throw new StudioError('cancelled', 'The planning run was cancelled.');
  };
  const invoker = new ModuleInvoker(new Set(request.skipModules ?? []), emit);
  const model = buildPortfolioModel(request.portfolio);
  const settings = plannerSettings(config.planner);
  const ctx: PlanningContext = { model, settings, availableCashEur: model.cashEur, rng: createRng(seed) };
  const enabled = <K extends ModuleKind>(kind: K) =>
    config.modules[kind]
      .filter((m) => m.enabled)
      .map((m) => ({ config: m, module: registry.get(kind, m.name) }))
      .filter((x): x is { config: ModuleConfig; module: NonNullable<typeof x.module> } => x.module !== undefined);

  // 1–2. Opportunities per category, then each category cut to max_opportunities_per_category.
  emit('generation_started', { stage: 'opportunities' });
  progress({ stage: 'opportunities', done: 0, total: 1 });
  const byCategory = findOpportunities(enabled('calculator'), ctx, invoker);
  const all = Object.values(byCategory).flat();
  checkCancel();

  // 3–4. Patterns (at every depth 1..max_depth with batch generation) and sequence generators.
  progress({ stage: 'generation', done: 0, total: 1 });
  const sequences: ActionSequence[] = [];
  const seen = new Set<string>();
  const add = (source: string, list: readonly ActionCandidate[][]) => {
    for (const actions of list) {
      const key = sequenceKey(actions);
      if (actions.length === 0 || seen.has(key)) continue;
      seen.add(key);
      sequences.push({ actions, source });
    }
  };
  for (const { config: mc, module } of enabled('pattern')) {
    const params = resolveParams(module, mc, settings);
    const maxDepth = typeof params.max_depth === 'number' ? num(params, 'max_depth') : 1;
    const depths = settings.enable_batch_generation ? Array.from({ length: maxDepth }, (_, d) => d + 1) : [maxDepth];
    for (const depth of depths) {
      const p = 'max_depth' in params ? { ...params, max_depth: depth } : params;
      add(module.meta.name, invoker.invokeModule(module.meta, 'generate', [], () => checkSequences(module.run({ byCategory, all }, p, ctx))));
    }
  }
  for (const { config: mc, module } of enabled('sequence_generator')) {
    const params = resolveParams(module, mc, settings);
    add(module.meta.name, invoker.invokeModule(module.meta, 'generate', [], () => checkSequences(module.run({ opportunities: all, byCategory }, params, ctx))));
  }
  const generated = sequences.length;
  emit('generation_completed', { candidates: all.length, sequences: generated });
  checkCancel();

  // 5–6. Filters in registry order, then the always-on feasibility check.
  progress({ stage: 'filtering', done: 0, total: 1 });
  let kept: ActionSequence[] = sequences;
  for (const { config: mc, module } of enabled('filter')) {
    const params = resolveParams(module, mc, settings);
    const before = kept;
    kept = invoker.invokeModule(module.meta, 'filter', before, () => checkFiltered(module.run(before, params, ctx)));
  }
  const feasible = kept.filter((s) => isFeasible(s, model, ctx.availableCashEur, settings.priority_threshold, settings.max_depth));
  checkCancel();

  // 7. Evaluate with beam search.
  const evalStarted = performance.now();
  const evaluator = new Evaluator(model, {
    fixedCost: settings.transaction_cost_fixed,
    percentCost: settings.transaction_cost_percent,
    costPenaltyFactor: settings.cost_penalty_factor,
    riskProfile: settings.risk_profile,
    multiTimeframe: settings.enable_multi_timeframe,
  });
  const mode: EvaluationMode = settings.enable_monte_carlo_paths ? 'monte_carlo' : settings.enable_stochastic_scenarios ? 'stochastic' : 'plain';
  const scorer = new ScenarioScorer(evaluator, mode, model, settings.monte_carlo_path_count, ctx.rng);
  const enc = encodeSequences(model, feasible);
  const out = new Float64Array(OUT_SIZE);
  const prioritySum = feasible.map((s) => s.actions.reduce((t, a) => t + a.priority, 0));
  const order = feasible.map((_, j) => j).sort((a, b) => prioritySum[b]! - prioritySum[a]! || a - b);
  emit('evaluation_started', { sequences: feasible.length, mode, beamWidth: settings.beam_width });
  const search = beamSearch(
    order,
    (j): Candidate => {
      const score = scorer.score(enc, j, out);
      return { index: j, score, diversification: out[OUT.diversification]!, risk: out[OUT.risk]!, cost: out[OUT.cost]! };
    },
    {
      beamWidth: settings.beam_width,
      multiObjective: settings.enable_multi_objective,
      onBatch: (done, total) => {
        progress({ stage: 'evaluation', done, total });
        checkCancel();
      },
      onNewBest: (best) =>
        emit('best_sequence_updated', { score: best.score, source: feasible[best.index]!.source, actions: feasible[best.index]!.actions.map((a) => `${a.side} ${a.symbol}`) }),
    },
  );
  emit('evaluation_completed', { evaluated: search.evaluated, stoppedEarly: search.stoppedEarly });
  invoker.record('planner', 'evaluate', performance.now() - evalStarted);

  // 8. The plan.
  const currentScore = evaluator.scoreAsIs();
  // A plan must beat doing nothing (same metric, so the comparison is fair); the source took any
  // positive score.
  const winner = search.beam[0] && search.beam[0].score > currentScore ? search.beam[0] : undefined;
  const plan = winner ? buildPlan(feasible[winner.index]!, winner, enc, evaluator, scorer, model, currentScore, settings.enable_multi_objective) : emptyPlan(model, currentScore, search.beam[0]?.score ?? null);
  emit('planning_completed', { score: plan.endStateScore, steps: plan.steps.length, evaluated: search.evaluated });
  return {
    runId,
    plan,
    seed,
    engineVersion: ENGINE_VERSION,
    configHash,
    portfolioHash,
    moduleFailures: invoker.failures,
    skippedModules: invoker.skipped,
    timings: invoker.timingReport(),
    sequencesGenerated: generated,
    sequencesEvaluated: search.evaluated,
    durationMs: performance.now() - started,
  };
}
