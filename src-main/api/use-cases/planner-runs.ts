import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { StudioEvent } from '../../../src-shared/api/events';
import { StudioError } from '../../../src-shared/api/errors';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import type { CompareResult, ConfigRef, DryRunReport, SweepPoint, SweepResult } from '../../../src-shared/api/schemas/planner-ops';
import type { StoredPortfolio } from '../../../src-shared/api/schemas/portfolios';
import type { RunSummary } from '../../../src-shared/api/schemas/runs';
import { firstStoredPortfolio } from '../../../src-shared/domain/first-stored-portfolio';
import { SECTION_OF_KIND, type ParamSpec } from '../../../src-shared/domain/modules';
import { buildPortfolioModel } from '../../planner/model/portfolio-model';
import { compareVerdict, moduleTimings, turnover } from '../../planner/ops/compare-verdict';
import type { PlannerOps } from '../../planner/ops/planner-ops';
import { setTomlNumber } from '../../planner/ops/set-toml-value';
import { MAX_SWEEP_POINTS, axisValues, checkAxisValues, gridPoints, sweepableSpec, type SweepAxisInput } from '../../planner/ops/sweep-grid';
import { ENGINE_VERSION } from '../../planner/planner-params';
import { sha256Hex } from '../../store/hash';
import { currentAssignment } from '../../store/repos/buckets';
import { runIdTaken } from '../../store/repos/runs';
import { currentConfigOfBucket, portfolioOfBucket } from './buckets';
import { getVersion } from './configs';
import { getPortfolio, listAllPortfolios } from './portfolios';
import { getPreset } from './presets';
import { runInLanes } from './run-in-lanes';
import { recordRun } from './runs';
import type { StoreService } from './store-service';

/** What the planner run use cases combine. */
export interface PlannerRunDeps {
  store: StoreService;
  ops: PlannerOps;
  publish: (event: StudioEvent) => void;
}

interface ResolvedConfig {
  toml: string;
  label: string;
  configId: number | null;
}

export function resolveConfigRef(store: StoreService, ref: ConfigRef): ResolvedConfig {
  if ('toml' in ref) return { toml: ref.toml, label: 'editor text', configId: null };
  if ('configId' in ref) {
    const v = getVersion(store, ref.configId);
    return { toml: v.configToml, label: `${v.name} v${v.version}`, configId: v.id };
  }
  const p = getPreset(store, ref.presetId);
  return { toml: p.configToml, label: `preset ${p.name}`, configId: null };
}

/** A stored portfolio; by default the oldest one (the sample portfolio on a fresh store). */
export function resolvePortfolio(store: StoreService, id: number | undefined): StoredPortfolio {
  if (id !== undefined) return getPortfolio(store, id);
  const first = firstStoredPortfolio(listAllPortfolios(store));
  if (first === undefined) throw new StudioError('not_found', 'There is no stored portfolio to plan against; import one first.');
  return getPortfolio(store, first.id);
}

async function pluginSet(ops: PlannerOps): Promise<string[]> {
  return (await ops.plugins()).filter((p) => p.status === 'loaded').map((p) => path.basename(p.file));
}

function planSummary(result: PlanRunResult): Record<string, unknown> {
  return {
    endStateScore: result.plan.endStateScore,
    steps: result.plan.steps.length,
    cashRequiredEur: result.plan.cashRequiredEur,
    failedModules: result.moduleFailures.map((f) => f.module),
    skippedModules: result.skippedModules.map((s) => s.module),
  };
}

function record(
  deps: PlannerRunDeps,
  run: {
    runId: string;
    kind: RunSummary['kind'];
    groupId: string | null;
    label: string;
    bucket: string | null;
    config: ResolvedConfig;
    portfolio: StoredPortfolio;
    seed: number;
    plugins: string[];
    startedAt: string;
    durationMs: number;
    status: RunSummary['status'];
    summary: Record<string, unknown>;
    result: PlanRunResult | null;
  },
): void {
  recordRun(deps.store, {
    runId: run.runId,
    kind: run.kind,
    groupId: run.groupId,
    label: run.label,
    bucket: run.bucket,
    configId: run.config.configId,
    configToml: run.config.toml,
    configHash: sha256Hex(run.config.toml),
    engineVersion: ENGINE_VERSION,
    pluginSet: run.plugins,
    portfolioId: run.portfolio.id,
    portfolio: null,
    portfolioHash: run.portfolio.portfolioHash,
    seed: run.seed,
    status: run.status,
    startedAt: run.startedAt,
    durationMs: run.durationMs,
    summary: run.summary,
    result: run.result,
  });
}

/** A caller's run id must be new: a reused one would plan in full and then fail to be recorded. */
function assertNewRunId(store: StoreService, runId: string | undefined): void {
  if (runId !== undefined && store.db.read((sql) => runIdTaken(sql, runId))) {
    throw new StudioError('conflict', `A run with id "${runId}" is already recorded; use a new id.`, { field: 'runId' });
  }
}

/** The seed of a run when the caller gives none: fixed per call, recorded so it can be re-run. */
function newSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff);
}

function progress(deps: PlannerRunDeps): (p: { runId: string; stage: string; done: number; total: number }) => void {
  return (p) => deps.publish({ channel: 'progress', event: p });
}

/**
 * A dry-run, recorded as a `dry_run` run when asked (the CLI always; the editor's live panel
 * never, or every pause in typing would leave a record). No portfolio is involved.
 */
export async function dryRunUseCase(
  deps: PlannerRunDeps,
  req: { toml: string; record?: boolean },
  source: { label: string; configId: number | null } = { label: 'editor text', configId: null },
): Promise<DryRunReport> {
  const started = performance.now();
  const startedAt = deps.store.now();
  const report = await deps.ops.dryRun(req.toml);
  if (req.record === true) {
    recordRun(deps.store, {
      runId: randomUUID(),
      kind: 'dry_run',
      groupId: null,
      label: source.label,
      bucket: null,
      configId: source.configId,
      configToml: req.toml,
      configHash: sha256Hex(req.toml),
      engineVersion: ENGINE_VERSION,
      pluginSet: await pluginSet(deps.ops),
      portfolioId: null,
      portfolio: null,
      portfolioHash: '',
      seed: 0,
      status: report.valid ? 'ok' : 'failed',
      startedAt,
      durationMs: performance.now() - started,
      summary: {
        valid: report.valid,
        errors: report.problems.filter((p) => p.severity === 'error').length,
        warnings: report.warnings.length,
        totalMaxGenerated: report.totalMaxGenerated,
        totalMaxEvaluated: report.totalMaxEvaluated,
      },
      result: report,
    });
  }
  return report;
}

export async function planUseCase(
  deps: PlannerRunDeps,
  req: { toml?: string; configId?: number; portfolioId?: number; seed?: number; bucket?: string | null; runId?: string },
  /** How the recorded run names a `toml` strategy (default "editor text"; the CLI passes the file). */
  textLabel = 'editor text',
): Promise<PlanRunResult> {
  assertNewRunId(deps.store, req.runId);
  const bucket = req.bucket ?? null;
  let config: ResolvedConfig;
  if (req.toml !== undefined) config = { toml: req.toml, label: textLabel, configId: null };
  else if (req.configId !== undefined) config = resolveConfigRef(deps.store, { configId: req.configId });
  else {
    const v = currentConfigOfBucket(deps.store, bucket ?? '');
    config = { toml: v.configToml, label: `${v.name} v${v.version} (bucket ${bucket})`, configId: v.id };
  }
  // only the bucket's own config may use and replace the bucket's cached planner
  const trial = bucket !== null && config.configId !== deps.store.db.read((sql) => currentAssignment(sql, bucket))?.configId;
  // A bucket's plan uses the bucket's own portfolio unless the call names one.
  const portfolio = resolvePortfolio(deps.store, req.portfolioId ?? (bucket !== null ? portfolioOfBucket(deps.store, bucket) : undefined));
  const runId = req.runId ?? randomUUID();
  const seed = req.seed ?? newSeed();
  const startedAt = deps.store.now();
  const plugins = await pluginSet(deps.ops);
  const base = { runId, kind: 'plan' as const, groupId: null, label: config.label, bucket, config, portfolio, seed, plugins, startedAt };
  try {
    const result = await deps.ops.plan({ toml: config.toml, portfolio: portfolio.snapshot, seed, bucket, runId, trial }, { onProgress: progress(deps) });
    record(deps, { ...base, durationMs: result.durationMs, status: 'ok', summary: planSummary(result), result });
    return result;
  } catch (error) {
    if (error instanceof StudioError && error.code === 'invalid_config') throw error; // nothing ran
    const cancelled = error instanceof StudioError && error.code === 'cancelled';
    const message = error instanceof Error ? error.message : String(error);
    record(deps, { ...base, durationMs: 0, status: cancelled ? 'cancelled' : 'failed', summary: { error: message }, result: null });
    throw error;
  }
}

export async function compareUseCase(
  deps: PlannerRunDeps,
  req: { a: ConfigRef; b: ConfigRef; portfolioId?: number; seed?: number; runId?: string },
): Promise<CompareResult> {
  assertNewRunId(deps.store, req.runId);
  const arms = [resolveConfigRef(deps.store, req.a), resolveConfigRef(deps.store, req.b)] as const;
  const portfolio = resolvePortfolio(deps.store, req.portfolioId);
  const seed = req.seed ?? newSeed();
  const groupId = req.runId ?? randomUUID();
  const plugins = await pluginSet(deps.ops);
  const results = await deps.ops.track(groupId, undefined, async (signal) => {
    const out: { label: string; runId: string; result: PlanRunResult }[] = [];
    for (const [i, config] of arms.entries()) {
      const runId = `${groupId}-${i === 0 ? 'a' : 'b'}`;
      const startedAt = deps.store.now();
      const result = await deps.ops
        .planOnce({ toml: config.toml, portfolio: portfolio.snapshot, seed, runId }, signal, progress(deps))
        .catch((error: unknown) => {
          // say which arm: both arms' problems look alike
          if (error instanceof StudioError && error.code === 'invalid_config') {
            throw new StudioError(error.code, `${i === 0 ? 'A' : 'B'} (${config.label}): ${error.message}`, { field: i === 0 ? 'a' : 'b', problems: error.problems });
          }
          throw error;
        });
      const label = `${i === 0 ? 'A' : 'B'}: ${config.label}`;
      record(deps, { runId, kind: 'ab_arm', groupId, label, bucket: null, config, portfolio, seed, plugins, startedAt, durationMs: result.durationMs, status: 'ok', summary: planSummary(result), result });
      out.push({ label: config.label, runId, result });
    }
    return out;
  });
  const [a, b] = results as [(typeof results)[number], (typeof results)[number]];
  const verdict = compareVerdict(a.result, b.result);
  return { groupId, seed, portfolioId: portfolio.id, a, b, ...verdict, timings: moduleTimings(a.result, b.result) };
}

function specAt(deps: PlannerRunDeps, p: readonly string[]): ParamSpec | undefined {
  const catalog = deps.ops.catalog();
  if (p.length === 2 && p[0] === 'planner') return catalog.planner[p[1]!];
  if (p.length !== 4 || p[2] !== 'params') return undefined;
  const m = catalog.modules.find((d) => SECTION_OF_KIND[d.meta.kind] === p[0] && d.meta.name === p[1]);
  return m?.params[p[3]!];
}

export async function sweepUseCase(
  deps: PlannerRunDeps,
  req: { toml?: string; configId?: number; portfolioId?: number; seed?: number; runId?: string; axes: SweepAxisInput[] },
): Promise<SweepResult> {
  assertNewRunId(deps.store, req.runId);
  const config = req.toml !== undefined ? { toml: req.toml, label: 'editor text', configId: null } : resolveConfigRef(deps.store, { configId: req.configId! });
  await deps.ops.plugins(); // plugin params can be swept too
  const axes = req.axes.map((axis, i) => {
    try {
      const spec = sweepableSpec(specAt(deps, axis.path), axis.path);
      const values = axisValues(axis, spec.type === 'integer');
      checkAxisValues(spec, axis.path, values);
      return { path: axis.path, values };
    } catch (error) {
      throw new StudioError('bad_request', error instanceof Error ? error.message : String(error), { field: `axes.${i}` });
    }
  });
  // an invalid base strategy would fail every point the same way: refuse it once, with its problems
  const base = deps.ops.validate(config.toml);
  if (base.config === null) {
    const errors = base.problems.filter((p) => p.severity === 'error');
    throw new StudioError('invalid_config', `The strategy to sweep has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]?.message ?? ''}`, {
      problems: base.problems,
    });
  }
  const grid = gridPoints(axes.map((a) => a.values));
  if (grid.length > MAX_SWEEP_POINTS) {
    throw new StudioError('bad_request', `The sweep has ${grid.length} points; at most ${MAX_SWEEP_POINTS} are allowed.`, { field: 'axes' });
  }
  const portfolio = resolvePortfolio(deps.store, req.portfolioId);
  const totalValue = buildPortfolioModel(portfolio.snapshot).totalValueEur;
  const seed = req.seed ?? newSeed();
  const runId = req.runId ?? randomUUID();
  const plugins = await pluginSet(deps.ops);
  // Points run as many at once as the planner has workers; the result keeps the grid's order.
  const points: (SweepPoint | undefined)[] = new Array(grid.length);
  let done = 0;
  const report = progress(deps);
  await deps.ops.track(runId, undefined, async (signal) => {
    report({ runId, stage: 'sweep', done: 0, total: grid.length });
    const runPoint = async (k: number): Promise<void> => {
      const values = grid[k]!;
      const pointRunId = `${runId}-${k + 1}`;
      const toml = axes.reduce((text, axis, i) => setTomlNumber(text, axis.path, values[i]!), config.toml);
      const label = `${config.label} with ${axes.map((a, i) => `${a.path.filter((p) => p !== 'params').join('.')} = ${values[i]}`).join(', ')}`;
      const startedAt = deps.store.now();
      const pointConfig = { ...config, toml };
      try {
        const result = await deps.ops.planOnce({ toml, portfolio: portfolio.snapshot, seed, runId: pointRunId }, signal);
        const point: SweepPoint = {
          values,
          runId: pointRunId,
          status: 'ok',
          endStateScore: result.plan.endStateScore,
          trades: result.plan.steps.length,
          turnover: turnover(result, totalValue),
          message: null,
        };
        points[k] = point;
        record(deps, { runId: pointRunId, kind: 'sweep_point', groupId: runId, label, bucket: null, config: pointConfig, portfolio, seed, plugins, startedAt, durationMs: result.durationMs, status: 'ok', summary: { ...point }, result: null });
      } catch (error) {
        if (error instanceof StudioError && error.code === 'cancelled') return; // its point stays missing
        const message = error instanceof Error ? error.message : String(error);
        points[k] = { values, runId: pointRunId, status: 'failed', endStateScore: null, trades: null, turnover: null, message };
        record(deps, { runId: pointRunId, kind: 'sweep_point', groupId: runId, label, bucket: null, config: pointConfig, portfolio, seed, plugins, startedAt, durationMs: 0, status: 'failed', summary: { error: message }, result: null });
      }
      report({ runId, stage: 'sweep', done: ++done, total: grid.length });
    };
    await runInLanes(grid.length, deps.ops.parallelism, runPoint, () => signal.aborted);
  });
  const ran = points.filter((p): p is SweepPoint => p !== undefined);
  return { runId, groupId: runId, seed, axes, points: ran, cancelled: ran.length < grid.length };
}
