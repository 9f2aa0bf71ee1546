import type { CacheStats, PerfReport } from '../../../src-shared/api/schemas/planner-ops';

/** Seconds from 1 s up (as the seed's example), milliseconds below. */
function duration(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)}s` : `${ms.toFixed(2)}ms`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function cache(name: string, c: CacheStats): string {
  return `  ${name}: ${plural(c.hits, 'hit', 'hits')}, ${plural(c.misses, 'miss', 'misses')} (${(c.hitRate * 100).toFixed(1)}% hit rate)`;
}

/**
 * The per-run "Performance Report" as text, in the seed document's format
 * (`Performance Report (Bucket: core):` then `  profit_taking.calculate: 23 calls, avg 0.15s,
 * total 3.45s`), slowest first, extended with min/max, sequence counts and cache hit rates.
 */
export function formatPerfReport(report: PerfReport): string {
  const scope = [report.bucket === null ? null : `Bucket: ${report.bucket}`, `Run: ${report.runId}`].filter((s) => s !== null).join(', ');
  return [
    `Performance Report (${scope}):`,
    ...report.operations.map(
      (o) =>
        `  ${o.module}.${o.operation}: ${plural(o.count, 'call', 'calls')}, avg ${duration(o.meanMs)}, total ${duration(o.totalMs)}, min ${duration(o.minMs)}, max ${duration(o.maxMs)}`,
    ),
    `  sequences: ${report.sequencesGenerated} generated, ${report.sequencesEvaluated} evaluated`,
    cache('calculation cache', report.calculationCache),
    cache('planner instance cache', report.instanceCache),
    `  run total: ${duration(report.durationMs)}`,
  ].join('\n');
}
