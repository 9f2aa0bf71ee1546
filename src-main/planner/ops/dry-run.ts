import { validateStrategy } from '../../../src-shared/config/validate';
import type { ModuleConfig, PlannerSettings, StrategyConfig } from '../../../src-shared/config/strategy';
import type { DryRunReport, PluginLoadResult, SequenceEstimate } from '../../../src-shared/api/schemas/planner-ops';
import { moduleKey, type ModuleCatalog, type ModuleDescriptor, type ModuleKind, type ParamValue } from '../../../src-shared/domain/modules';
import { createBuiltinRegistry } from '../builtins';
import type { AnyModule } from '../module-types';
import { plannerSettings } from '../planner-params';
import type { ModuleRegistry } from '../registry';
import { resolveParamsWithSources, type ResolvedParams } from '../resolve-params';
import type { CircuitBreaker } from './circuit-breaker';

/** Above this many evaluated sequences a run is slow enough to warn about. */
const EVALUATION_WARNING = 1000;

/** Built-in modules, the only ones whose code runs in this thread (plugins run in planner workers). */
let builtins: ModuleRegistry | undefined;
const builtin = (kind: ModuleKind, name: string): AnyModule | undefined => (builtins ??= createBuiltinRegistry()).get(kind, name);

/**
 * The params a run would give the module, by the engine's own merge (defaults ← values injected
 * from [planner] ← the file). A module that is not built in (a plugin module, known here only
 * by its descriptor, or an unknown name, already reported as a problem) falls back to the
 * catalog's spec, if any, and the file: a plugin's `runtimeParams` cannot be shown.
 */
function resolved(settings: PlannerSettings, m: ModuleConfig, kind: ModuleKind, d: ModuleDescriptor | undefined): ResolvedParams {
  return resolveParamsWithSources(builtin(kind, m.name) ?? { params: d?.params ?? {} }, m, settings);
}

const n = (v: ParamValue | undefined, fallback: number): number => (typeof v === 'number' ? v : fallback);

/**
 * Upper bounds of the sequences each enabled module can add (domain.md §7.1): patterns at most
 * one per depth (two for adaptive) — at every depth 1..max_depth with batch generation —, the
 * combinatorial generators `max_combinations`, partial execution one per candidate and fill,
 * constraint relaxation one per sell + 25 pairs + three per candidate (+ one per
 * held buy with relax_max_position). Candidates are at most
 * `max_opportunities_per_category` per enabled calculator.
 */
function estimate(
  config: StrategyConfig,
  byName: Map<string, ModuleDescriptor>,
  params: (kind: ModuleKind, m: ModuleConfig) => ResolvedParams['values'],
): { estimates: SequenceEstimate[]; generated: number; evaluated: number } {
  const planner = config.planner;
  const perCategory = n(planner.max_opportunities_per_category, 5);
  const batch = planner.enable_batch_generation !== false;
  const calculators = config.modules.calculator.filter((m) => m.enabled).length;
  const candidates = calculators * perCategory;
  const estimates: SequenceEstimate[] = [];

  for (const m of config.modules.pattern.filter((p) => p.enabled)) {
    const d = byName.get(`pattern:${m.name}`);
    const p = params('pattern', m);
    // as the engine does: a pattern runs at depths 1..its max_depth (batch) or at its max_depth
    const depth = typeof p.max_depth === 'number' ? p.max_depth : 1;
    const per = m.name === 'adaptive' ? 2 : 1;
    const builtin = d?.meta.source.type !== 'plugin';
    const depths = batch ? Array.from({ length: depth }, (_, i) => i + 1) : [depth];
    for (const at of depths) {
      estimates.push({
        module: m.name,
        kind: 'pattern',
        depth: at,
        maxSequences: builtin ? per : 0,
        note: builtin ? `at most ${per} sequence${per > 1 ? 's' : ''} of up to ${at} action${at > 1 ? 's' : ''}` : 'plugin module: no estimate',
      });
    }
  }
  for (const m of config.modules.sequence_generator.filter((g) => g.enabled)) {
    const p = params('sequence_generator', m);
    let max = 0;
    let note = 'plugin module: no estimate';
    if (typeof p.max_combinations === 'number') {
      max = p.max_combinations;
      note = `at most max_combinations = ${max}`;
    } else if (Array.isArray(p.fill_percentages)) {
      max = candidates * p.fill_percentages.length;
      note = `${candidates} candidates × ${p.fill_percentages.length} fills`;
    } else if (m.name === 'constraint_relaxation') {
      const singles = p.relax_allow_sell === false ? 0 : candidates + Math.min(5, candidates) ** 2;
      const lots = p.relax_min_lot === false ? 0 : candidates * 3;
      const scaled = p.relax_max_position === true ? candidates : 0;
      max = singles + lots + scaled;
      note = `${candidates} candidates: single sells + up to 25 buy/sell pairs, 3 lot fractions each, 1.5× held buys (as enabled)`;
    }
    estimates.push({ module: m.name, kind: 'sequence_generator', depth: null, maxSequences: max, note });
  }
  const generated = estimates.reduce((sum, e) => sum + e.maxSequences, 0);
  let evaluated = generated;
  for (const m of config.modules.filter.filter((f) => f.enabled)) {
    const p = params('filter', m);
    if (typeof p.max_sequences === 'number') evaluated = Math.min(evaluated, p.max_sequences);
  }
  return { estimates, generated, evaluated };
}

/**
 * The dry-run: validate the strategy file against the catalog (every module and parameter,
 * dependencies), list the modules the run would use with their breaker state, estimate the
 * number of sequences per generator and depth, and collect warnings — without planning.
 */
export function dryRun(input: {
  toml: string;
  catalog: ModuleCatalog;
  breaker?: CircuitBreaker;
  plugins?: readonly PluginLoadResult[];
}): DryRunReport {
  const { config, problems } = validateStrategy(input.toml, input.catalog);
  const plugins = [...(input.plugins ?? [])];
  const warnings = problems.filter((p) => p.severity === 'warning').map((p) => (p.path.length > 0 ? `${p.path.join('.')}: ${p.message}` : p.message));
  for (const p of plugins.filter((r) => r.status !== 'loaded')) warnings.push(`Plugin ${p.file} was not loaded (${p.status}): ${p.message ?? ''}`.trimEnd());
  const valid = config !== null && !problems.some((p) => p.severity === 'error');
  const report: DryRunReport = { valid, problems, warnings, modules: [], estimates: [], totalMaxGenerated: 0, totalMaxEvaluated: 0, plugins };
  if (config === null) return report;

  const byName = new Map(input.catalog.modules.map((m) => [`${m.meta.kind}:${m.meta.name}`, m]));
  const settings = plannerSettings(config.planner);
  const params = new Map<ModuleConfig, ResolvedParams>();
  const paramsOf = (kind: ModuleKind, m: ModuleConfig): ResolvedParams => {
    let p = params.get(m);
    if (p === undefined) params.set(m, (p = resolved(settings, m, kind, byName.get(`${kind}:${m.name}`))));
    return p;
  };
  for (const kind of ['calculator', 'pattern', 'sequence_generator', 'filter'] as const) {
    for (const m of config.modules[kind]) {
      const d = byName.get(`${kind}:${m.name}`);
      const breaker = input.breaker?.state(moduleKey(m.kind, m.name)).state ?? 'closed';
      if (m.enabled && breaker === 'open') warnings.push(`${m.name} is skipped: its circuit breaker is open after repeated failures.`);
      const { values, sources } = paramsOf(kind, m);
      report.modules.push({
        name: m.name,
        kind,
        enabled: m.enabled,
        source: d?.meta.source.type === 'plugin' ? `plugin ${d.meta.source.plugin}` : 'builtin',
        breaker,
        resolvedParams: { ...values },
        paramSources: { ...sources },
      });
    }
  }
  const { estimates, generated, evaluated } = estimate(config, byName, (kind, m) => paramsOf(kind, m).values);
  report.estimates = estimates;
  report.totalMaxGenerated = generated;
  report.totalMaxEvaluated = evaluated;
  if (evaluated > EVALUATION_WARNING) {
    warnings.push(`Up to ${evaluated} sequences may be evaluated; enable the diversity filter or lower max_combinations to keep runs fast.`);
  }
  return report;
}
