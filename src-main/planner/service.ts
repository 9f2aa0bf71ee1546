import { availableParallelism } from 'node:os';
import type { PlannerEvent, RunProgress } from '../../src-shared/api/events';
import { StudioError } from '../../src-shared/api/errors';
import type { PluginLoadResult } from '../../src-shared/api/schemas/planner-ops';
import type { PlanRequest, PlanRunResult } from '../../src-shared/api/schemas/plan';
import type { StrategyConfig } from '../../src-shared/config/strategy';
import { validateStrategy } from '../../src-shared/config/validate';
import type { ModuleCatalog } from '../../src-shared/domain/modules';
import type { ConfigProblem } from '../../src-shared/domain/problems';
import { createBuiltinRegistry } from './builtins';
import { CatalogRegistry } from './catalog-registry';
import { loadedPluginFiles, loadPlugins, type PluginFile } from './ops/plugins';
import { WorkerPool } from './worker/pool';

export interface PlannerServiceOptions {
  /** Worker threads (default: cores − 1, at least 1, at most 4). */
  workers?: number;
  /**
   * Plugin files (paths, or files with their origin). Each is probed in a throwaway worker for its
   * modules' descriptors, then imported and run in the planner workers only, never in this thread.
   */
  pluginFiles?: (string | PluginFile)[];
}

export interface PlanOptions {
  signal?: AbortSignal;
  onProgress?: (p: RunProgress) => void;
  onEvent?: (e: PlannerEvent) => void;
  /** Time limit of the run: past it the worker is stopped and the run fails with a RunTimeoutError. */
  timeoutMs?: number;
}

/**
 * The planner as the rest of the app uses it: the module catalog (built-ins + plugin descriptors),
 * strategy validation, and planning runs in worker threads so the main process never blocks. Runs
 * can be cancelled (AbortSignal) and report progress and pipeline events.
 */
export class PlannerService {
  private readonly registry = new CatalogRegistry(createBuiltinRegistry());
  private readonly plugins: Promise<PluginLoadResult[]>;
  private readonly pool: WorkerPool;
  /** Planning runs that can go at once: one per worker thread. */
  readonly workers: number;

  constructor(options: PlannerServiceOptions = {}) {
    const files = (options.pluginFiles ?? []).map((f): PluginFile => (typeof f === 'string' ? { file: f, origin: 'user' } : f));
    this.plugins = files.length > 0 ? loadPlugins(this.registry, files) : Promise.resolve([]);
    this.workers = options.workers ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.pool = new WorkerPool(this.workers, async () => loadedPluginFiles(await this.plugins));
  }

  /** Resolves once plugins are loaded; the results say which loaded and why others did not. */
  pluginResults(): Promise<PluginLoadResult[]> {
    return this.plugins;
  }

  catalog(): ModuleCatalog {
    return this.registry.catalog();
  }

  validate(toml: string): { config: StrategyConfig | null; problems: ConfigProblem[] } {
    return validateStrategy(toml, this.registry.catalog());
  }

  async plan(request: PlanRequest, options: PlanOptions = {}): Promise<PlanRunResult> {
    await this.plugins;
    // Validate here too, so an invalid strategy fails fast without occupying a worker.
    const { config, problems } = this.validate(request.toml);
    if (!config) {
      const errors = problems.filter((p) => p.severity === 'error');
      throw new StudioError('invalid_config', `The strategy has ${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]?.message ?? ''}`, { problems });
    }
    const runId = request.runId ?? crypto.randomUUID();
    const bucket = request.bucket ?? null;
    return this.pool.run(
      { ...request, runId },
      {
        signal: options.signal,
        timeoutMs: options.timeoutMs,
        onProgress: (p) => options.onProgress?.({ runId, ...p }),
        onEvent: (type, data) => options.onEvent?.({ type, data, runId, bucket, timestamp: new Date().toISOString() }),
      },
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
