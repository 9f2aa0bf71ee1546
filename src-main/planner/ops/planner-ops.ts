import { createHash, randomUUID } from 'node:crypto';
import type { PlannerEvent, RunProgress } from '../../../src-shared/api/events';
import { StudioError } from '../../../src-shared/api/errors';
import type { PlanRequest, PlanRunResult } from '../../../src-shared/api/schemas/plan';
import type { DryRunReport, HealthReport, PerfReport, PluginLoadResult } from '../../../src-shared/api/schemas/planner-ops';
import type { StrategyConfig } from '../../../src-shared/config/strategy';
import { MODULE_KINDS, moduleKey, type ModuleCatalog } from '../../../src-shared/domain/modules';
import type { ConfigProblem } from '../../../src-shared/domain/problems';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker';
import { dryRun } from './dry-run';
import { checkHealth, type HealthInput } from './health';
import { PlannerInstanceCache } from './instance-cache';
import type { JsonLinesLogger } from './json-lines-logger';
import { renderModuleDocs } from './module-docs';
import { formatPerfReport } from './perf-report-text';
import { PerfTracker } from './perf-tracker';
import { PlannerEventEmitter } from './planner-events';
import { RunTimeoutError } from './run-timeout';

/** The planner as ops needs it: what `PlannerService` offers. */
export interface PlannerEngine {
  catalog(): ModuleCatalog;
  validate(toml: string): { config: StrategyConfig | null; problems: ConfigProblem[] };
  plan(
    request: PlanRequest,
    options?: { signal?: AbortSignal; onProgress?: (p: RunProgress) => void; onEvent?: (e: PlannerEvent) => void; timeoutMs?: number },
  ): Promise<PlanRunResult>;
  pluginResults(): Promise<PluginLoadResult[]>;
  /** Planning runs that can go at once (worker threads). */
  readonly workers: number;
}

export interface PlannerOpsOptions {
  engine: PlannerEngine;
  log: JsonLinesLogger;
  breaker?: Partial<CircuitBreakerOptions>;
  events?: PlannerEventEmitter;
  /** Time limit of one planning run (default 2 minutes); see `planOnce`. */
  runTimeoutMs?: number;
}

export interface OpsPlanInput {
  toml: string;
  portfolio: PlanRequest['portfolio'];
  seed?: number;
  bucket?: string | null;
  runId?: string;
  /**
   * The text is not the bucket's assigned config (the editor's text or another version, planned
   * in the bucket's context): the run is labelled with the bucket but neither uses nor replaces
   * the bucket's cached planner, so it never announces a `configuration_changed` that did not happen.
   */
  trial?: boolean;
}

/** A built planner for one bucket: its validated config (what the instance cache keeps). */
interface PlannerInstance {
  config: StrategyConfig | null;
  problems: ConfigProblem[];
}

const KEPT_REPORTS = 100;

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Everything around a planning run: the circuit breaker decides which modules to skip and
 * learns from each result; the instance cache keeps one validated planner per bucket and
 * announces config changes; events go to subscribers and the log; each run leaves a
 * performance report. Also dry-run, health, plugin results and docs. One per Studio.
 */
export class PlannerOps {
  readonly events: PlannerEventEmitter;
  readonly breaker: CircuitBreaker;
  readonly log: JsonLinesLogger;
  private readonly engine: PlannerEngine;
  private readonly instances: PlannerInstanceCache<PlannerInstance>;
  private readonly reports = new Map<string, PerfReport>();
  private readonly running = new Map<string, AbortController>();
  /** Set while `instances.get` runs, so the change event carries the run that noticed it. */
  private pendingRunId = '';
  private readonly runTimeoutMs: number;

  constructor(options: PlannerOpsOptions) {
    this.engine = options.engine;
    this.log = options.log;
    this.events = options.events ?? new PlannerEventEmitter();
    this.breaker = new CircuitBreaker(options.breaker);
    this.runTimeoutMs = options.runTimeoutMs ?? 120_000;
    this.instances = new PlannerInstanceCache((change) => {
      this.events.emit('configuration_changed', this.pendingRunId, change.bucket, { previousHash: change.previousHash, configHash: change.configHash });
      this.log.info('bucket configuration changed; planner instance rebuilt', {
        bucket: change.bucket,
        runId: this.pendingRunId,
        fields: { previousHash: change.previousHash, configHash: change.configHash },
      });
    });
  }

  /**
   * Plan with the breaker applied: open modules are passed as `skipModules` (the engine reports
   * them as skipped), and the result's failures and timings update the breaker. Cancellable by
   * `signal` or `cancel(runId)`.
   */
  async plan(input: OpsPlanInput, options: { signal?: AbortSignal; onProgress?: (p: RunProgress) => void } = {}): Promise<PlanRunResult> {
    const runId = input.runId ?? randomUUID();
    return this.track(runId, options.signal, (signal) => this.planOnce({ ...input, runId }, signal, options.onProgress));
  }

  /** Run `work` under a cancellable id (a plan, or a whole compare/sweep). */
  async track<T>(runId: string, outer: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    if (this.running.has(runId)) throw new StudioError('conflict', `A run with id "${runId}" is already running.`);
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    if (outer?.aborted) controller.abort();
    outer?.addEventListener('abort', onAbort, { once: true });
    this.running.set(runId, controller);
    try {
      return await work(controller.signal);
    } finally {
      this.running.delete(runId);
      outer?.removeEventListener('abort', onAbort);
    }
  }

  /** Cancel a running plan, compare or sweep; false when nothing with that id is running. */
  cancel(runId: string): boolean {
    const controller = this.running.get(runId);
    if (controller === undefined) return false;
    controller.abort();
    return true;
  }

  /** How many runs a compare or sweep may have in flight: more would only queue in the pool. */
  get parallelism(): number {
    return this.engine.workers;
  }

  isRunning(runId: string): boolean {
    return this.running.has(runId);
  }

  /** One planning run inside an already tracked id (compare and sweep call this per arm/point). */
  async planOnce(input: OpsPlanInput & { runId: string }, signal: AbortSignal, onProgress?: (p: RunProgress) => void): Promise<PlanRunResult> {
    const { runId } = input;
    const bucket = input.bucket ?? null;
    const perf = new PerfTracker();
    await this.engine.pluginResults(); // plugin modules belong in the catalog the config is checked against
    const instance = this.instance(input.trial === true ? null : bucket, input.toml, runId, perf);
    if (instance.config === null) {
      const errors = instance.problems.filter((p) => p.severity === 'error');
      throw new StudioError('invalid_config', `The strategy has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]?.message ?? ''}`, {
        problems: instance.problems,
      });
    }
    const enabled = MODULE_KINDS.flatMap((kind) => instance.config!.modules[kind].filter((m) => m.enabled).map((m) => moduleKey(kind, m.name)));
    const skipModules = this.breaker.openModules(enabled);
    this.log.info('planning started', { bucket, runId, fields: { skipModules, seed: input.seed ?? null } });
    const started = performance.now();
    const onEvent = (event: PlannerEvent): void => {
      if (event.type === 'cache_hit') perf.calculationCache(true);
      if (event.type === 'cache_miss') perf.calculationCache(false);
      if (event.type === 'module_failed' || event.type === 'module_skipped') {
        this.log.log(event.type === 'module_failed' ? 'warn' : 'info', event.type === 'module_failed' ? 'module failed' : 'module skipped by circuit breaker', {
          bucket,
          runId,
          module: typeof event.data.module === 'string' ? event.data.module : null,
          fields: event.data,
        });
      } else this.log.debug(event.type, { bucket, runId, fields: event.data });
      this.events.deliver(event);
    };
    let result: PlanRunResult;
    const tripped: string[] = [];
    const attempt = (skip: string[]) =>
      this.engine.plan({ toml: input.toml, portfolio: input.portfolio, seed: input.seed, runId, bucket, skipModules: skip }, { signal, onProgress, onEvent, timeoutMs: this.runTimeoutMs });
    try {
      try {
        result = await attempt(skipModules);
      } catch (error) {
        // A plugin module stuck in a loop: its worker was stopped. It counts as that module's
        // failure (breaker opened at once) and the run is made again without it, so the plan
        // still completes and says which module failed.
        if (!(error instanceof RunTimeoutError) || error.module === null) throw error;
        const stuck = error.module;
        const stuckKey = moduleKey(stuck.kind, stuck.module);
        this.breaker.trip(stuckKey);
        tripped.push(stuckKey);
        const failure = { module: stuck.module, kind: stuck.kind, operation: 'run', message: error.message };
        onEvent({ type: 'module_failed', timestamp: new Date().toISOString(), bucket, runId, data: { ...failure, error: error.message } });
        const retried = await attempt([...skipModules, stuckKey]);
        result = {
          ...retried,
          moduleFailures: [failure, ...retried.moduleFailures],
          skippedModules: retried.skippedModules.filter((s) => moduleKey(s.kind, s.module) !== stuckKey),
        };
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.log(error instanceof StudioError && error.code === 'cancelled' ? 'info' : 'error', 'planning did not complete', {
        bucket,
        runId,
        elapsedMs: performance.now() - started,
        fields: { error: message },
      });
      throw error;
    }
    this.learn(result, tripped);
    for (const t of result.timings) perf.merge(t);
    perf.sequences(result.sequencesGenerated, result.sequencesEvaluated);
    this.keepReport(perf.report({ runId, bucket, durationMs: result.durationMs }));
    this.log.info('planning completed', {
      bucket,
      runId,
      elapsedMs: result.durationMs,
      fields: {
        score: result.plan.endStateScore,
        steps: result.plan.steps.length,
        sequencesGenerated: result.sequencesGenerated,
        sequencesEvaluated: result.sequencesEvaluated,
        failedModules: result.moduleFailures.map((f) => f.module),
        skippedModules: result.skippedModules.map((s) => s.module),
      },
    });
    return result;
  }

  private instance(bucket: string | null, toml: string, runId: string, perf: PerfTracker): PlannerInstance {
    const build = (): PlannerInstance => this.engine.validate(toml);
    if (bucket === null) return build();
    const before = this.instances.hits;
    this.pendingRunId = runId;
    const instance = this.instances.get(bucket, sha(toml), build);
    perf.instanceCache(this.instances.hits > before);
    return instance;
  }

  /**
   * A bucket's config assignment may have changed (the store says so): rebuild the planner of
   * every cached bucket whose config text differs, emitting `configuration_changed` (run id "",
   * as no run caused it). `configOf` returns the bucket's current text, or undefined if it has none.
   */
  refreshBuckets(configOf: (bucket: string) => string | undefined): void {
    for (const bucket of this.instances.buckets()) {
      const toml = configOf(bucket);
      if (toml === undefined) {
        this.instances.invalidate(bucket);
        continue;
      }
      this.pendingRunId = '';
      this.instances.get(bucket, sha(toml), () => this.engine.validate(toml));
    }
  }

  /**
   * Per run, each module that ran counts once: failed → a breaker failure, else a success.
   * Keys are kind + name (`moduleKey`): a failing pattern must not trip its namesake calculator.
   */
  private learn(result: PlanRunResult, alreadyCounted: readonly string[] = []): void {
    const failed = new Set(result.moduleFailures.map((f) => moduleKey(f.kind, f.module)).filter((m) => !alreadyCounted.includes(m)));
    const skipped = new Set(result.skippedModules.map((s) => moduleKey(s.kind, s.module)));
    const ran = new Set(
      result.timings.flatMap((t) => (t.kind === undefined ? [] : [moduleKey(t.kind, t.module)])).filter((m) => !skipped.has(m)),
    );
    for (const module of failed) this.breaker.failure(module);
    for (const module of ran) if (!failed.has(module) && !alreadyCounted.includes(module)) this.breaker.success(module);
  }

  private keepReport(report: PerfReport): void {
    this.reports.set(report.runId, report);
    while (this.reports.size > KEPT_REPORTS) this.reports.delete(this.reports.keys().next().value as string);
  }

  /** A run's performance report (the latest run's when no id is given), as data and text. */
  performance(runId?: string): { report: PerfReport; text: string } | undefined {
    const report = runId === undefined ? [...this.reports.values()].at(-1) : this.reports.get(runId);
    return report === undefined ? undefined : { report, text: formatPerfReport(report) };
  }

  /** Rebuild a report from a recorded result (for runs of an earlier session). */
  static reportOf(result: PlanRunResult, bucket: string | null): { report: PerfReport; text: string } {
    const perf = new PerfTracker();
    for (const t of result.timings) perf.merge(t);
    perf.sequences(result.sequencesGenerated, result.sequencesEvaluated);
    const report = perf.report({ runId: result.runId, bucket, durationMs: result.durationMs });
    return { report, text: formatPerfReport(report) };
  }

  async dryRun(toml: string): Promise<DryRunReport> {
    const plugins = await this.engine.pluginResults();
    return dryRun({ toml, catalog: this.engine.catalog(), breaker: this.breaker, plugins });
  }

  async health(input: Pick<HealthInput, 'config' | 'pingStore' | 'storeRecovery' | 'storeCompactionError'> = {}): Promise<HealthReport> {
    const plugins = await this.engine.pluginResults();
    let catalog: ModuleCatalog | Error;
    try {
      catalog = this.engine.catalog();
    } catch (error) {
      catalog = error instanceof Error ? error : new Error(String(error));
    }
    return checkHealth({ catalog, plugins, breaker: this.breaker, ...input });
  }

  catalog(): ModuleCatalog {
    return this.engine.catalog();
  }

  validate(toml: string): { config: StrategyConfig | null; problems: ConfigProblem[] } {
    return this.engine.validate(toml);
  }

  plugins(): Promise<PluginLoadResult[]> {
    return this.engine.pluginResults();
  }

  async docs(): Promise<string> {
    await this.engine.pluginResults();
    return renderModuleDocs(this.engine.catalog());
  }
}
