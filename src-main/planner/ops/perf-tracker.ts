import type { ModuleTiming } from '../invoke';
import type { CacheStats, OperationStats, PerfReport } from '../../../src-shared/api/schemas/planner-ops';

/** Timings as the engine reports them per run (count, total, min, max per module and operation). */
export type TimingSample = ModuleTiming;

export function cacheStats(hits: number, misses: number): CacheStats {
  const asked = hits + misses;
  return { hits, misses, hitRate: asked === 0 ? 0 : hits / asked };
}

/**
 * Per-run performance figures: time per module and operation (count, total, mean, min, max),
 * sequences generated and evaluated, and cache hit rates. Fed by single measurements
 * (`record`) or by the engine's per-run aggregates (`merge`); `report()` gives the data the
 * API returns, `formatPerfReport` the text.
 */
export class PerfTracker {
  private readonly ops = new Map<string, ModuleTiming>();
  private generated = 0;
  private evaluated = 0;
  private calcHits = 0;
  private calcMisses = 0;
  private instanceHits = 0;
  private instanceMisses = 0;

  record(module: string, operation: string, ms: number): void {
    this.merge({ module, operation, count: 1, totalMs: ms, minMs: ms, maxMs: ms });
  }

  merge(sample: TimingSample): void {
    if (sample.count <= 0) return;
    const key = `${sample.module}\u0000${sample.operation}`;
    const acc = this.ops.get(key);
    if (acc === undefined) {
      this.ops.set(key, { ...sample });
      return;
    }
    acc.count += sample.count;
    acc.totalMs += sample.totalMs;
    acc.minMs = Math.min(acc.minMs, sample.minMs);
    acc.maxMs = Math.max(acc.maxMs, sample.maxMs);
  }

  sequences(generated: number, evaluated: number): void {
    this.generated += generated;
    this.evaluated += evaluated;
  }

  calculationCache(hit: boolean): void {
    if (hit) this.calcHits++;
    else this.calcMisses++;
  }

  instanceCache(hit: boolean): void {
    if (hit) this.instanceHits++;
    else this.instanceMisses++;
  }

  report(run: { runId: string; bucket: string | null; durationMs: number }): PerfReport {
    const operations: OperationStats[] = [...this.ops.values()]
      .map((a) => ({ ...a, meanMs: a.totalMs / a.count }))
      .sort((a, b) => b.totalMs - a.totalMs || a.module.localeCompare(b.module) || a.operation.localeCompare(b.operation));
    return {
      runId: run.runId,
      bucket: run.bucket,
      durationMs: run.durationMs,
      operations,
      sequencesGenerated: this.generated,
      sequencesEvaluated: this.evaluated,
      calculationCache: cacheStats(this.calcHits, this.calcMisses),
      instanceCache: cacheStats(this.instanceHits, this.instanceMisses),
    };
  }
}
