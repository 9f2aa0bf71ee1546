import { moduleKey, type ModuleKind, type ModuleMetadata } from '../../src-shared/domain/modules';
import type { PlannerEventType } from '../../src-shared/api/events';

/** What a run records about its module calls (part of `PlanRunResult`). */
export interface ModuleFailure {
  module: string;
  kind: ModuleKind;
  operation: string;
  message: string;
}
export interface SkippedModule {
  module: string;
  kind: ModuleKind;
  reason: string;
}
export interface ModuleTiming {
  module: string;
  /** Absent for pipeline stages that are not modules (e.g. evaluation). */
  kind?: ModuleKind;
  operation: string;
  count: number;
  totalMs: number;
  minMs: number;
  maxMs: number;
}

export type Emit = (type: PlannerEventType, data: Record<string, unknown>) => void;

/**
 * The one door every module call goes through: skip modules the circuit breaker has open
 * (`module_skipped`), time the call, and turn a throw into the fallback result plus a failure
 * record and a `module_failed` event (graceful degradation: the run completes with the rest).
 * The OPS layer extends exactly this point (breaker, calculation cache).
 */
export class ModuleInvoker {
  readonly failures: ModuleFailure[] = [];
  readonly skipped: SkippedModule[] = [];
  private readonly timings = new Map<string, ModuleTiming>();

  constructor(
    private readonly skip: ReadonlySet<string>,
    private readonly emit: Emit,
    private readonly now: () => number = () => performance.now(),
  ) {}

  invokeModule<T>(meta: ModuleMetadata, operation: string, fallback: T, fn: () => T): T {
    if (this.skip.has(moduleKey(meta.kind, meta.name))) {
      if (!this.skipped.some((s) => s.module === meta.name && s.kind === meta.kind)) {
        const reason = 'circuit breaker open';
        this.skipped.push({ module: meta.name, kind: meta.kind, reason });
        this.emit('module_skipped', { module: meta.name, kind: meta.kind, operation, reason });
      }
      return fallback;
    }
    const started = this.now();
    try {
      return fn();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.failures.push({ module: meta.name, kind: meta.kind, operation, message });
      this.emit('module_failed', { module: meta.name, kind: meta.kind, operation, error: message });
      return fallback;
    } finally {
      this.record(meta.name, operation, this.now() - started, meta.kind);
    }
  }

  /** Times a pipeline stage that is not a module (e.g. evaluation). */
  record(module: string, operation: string, ms: number, kind?: ModuleKind): void {
    const key = `${kind ?? ''}\u0000${module}\u0000${operation}`;
    const t = this.timings.get(key);
    if (!t) this.timings.set(key, { module, ...(kind === undefined ? {} : { kind }), operation, count: 1, totalMs: ms, minMs: ms, maxMs: ms });
    else {
      t.count++;
      t.totalMs += ms;
      t.minMs = Math.min(t.minMs, ms);
      t.maxMs = Math.max(t.maxMs, ms);
    }
  }

  timingReport(): ModuleTiming[] {
    return [...this.timings.values()];
  }
}
