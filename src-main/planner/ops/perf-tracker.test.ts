import { describe, expect, it } from 'vitest';
import { PerfTracker, cacheStats } from './perf-tracker';
import { formatPerfReport } from './perf-report-text';

describe('PerfTracker', () => {
  it('aggregates count, total, mean, min and max per module and operation', () => {
    const perf = new PerfTracker();
    perf.record('direct_buy', 'generate', 2);
    perf.record('direct_buy', 'generate', 6);
    perf.merge({ module: 'direct_buy', operation: 'generate', count: 2, totalMs: 4, minMs: 1, maxMs: 3 });
    perf.record('diversity', 'filter', 10);
    perf.sequences(40, 12);
    perf.calculationCache(true);
    perf.calculationCache(false);
    perf.calculationCache(true);
    perf.calculationCache(true);
    const report = perf.report({ runId: 'r1', bucket: null, durationMs: 25 });
    // sorted by total time: diversity 10 ms, then direct_buy 12 ms → direct_buy first
    expect(report.operations).toEqual([
      { module: 'direct_buy', operation: 'generate', count: 4, totalMs: 12, meanMs: 3, minMs: 1, maxMs: 6 },
      { module: 'diversity', operation: 'filter', count: 1, totalMs: 10, meanMs: 10, minMs: 10, maxMs: 10 },
    ]);
    expect(report.sequencesGenerated).toBe(40);
    expect(report.sequencesEvaluated).toBe(12);
    expect(report.calculationCache).toEqual({ hits: 3, misses: 1, hitRate: 0.75 });
    expect(report.instanceCache).toEqual({ hits: 0, misses: 0, hitRate: 0 });
  });

  it('ignores empty aggregates', () => {
    const perf = new PerfTracker();
    perf.merge({ module: 'm', operation: 'o', count: 0, totalMs: 0, minMs: 0, maxMs: 0 });
    expect(perf.report({ runId: 'r', bucket: null, durationMs: 0 }).operations).toEqual([]);
  });

  it('formats the text report in the seed format, slowest first, with counts and cache rates', () => {
    const perf = new PerfTracker();
    perf.record('profit_taking', 'calculate', 1.5);
    perf.record('profit_taking', 'calculate', 0.5);
    perf.merge({ module: 'planner', operation: 'evaluate', count: 1, totalMs: 2500, minMs: 2500, maxMs: 2500 });
    perf.sequences(7, 3);
    perf.calculationCache(true);
    perf.instanceCache(false);
    expect(formatPerfReport(perf.report({ runId: 'abc', bucket: 'core', durationMs: 2512.345 }))).toBe(
      [
        'Performance Report (Bucket: core, Run: abc):',
        '  planner.evaluate: 1 call, avg 2.50s, total 2.50s, min 2.50s, max 2.50s',
        '  profit_taking.calculate: 2 calls, avg 1.00ms, total 2.00ms, min 0.50ms, max 1.50ms',
        '  sequences: 7 generated, 3 evaluated',
        '  calculation cache: 1 hit, 0 misses (100.0% hit rate)',
        '  planner instance cache: 0 hits, 1 miss (0.0% hit rate)',
        '  run total: 2.51s',
      ].join('\n'),
    );
    expect(formatPerfReport(perf.report({ runId: 'x', bucket: null, durationMs: 1 })).split('\n')[0]).toBe('Performance Report (Run: x):');
  });

  it('computes the hit rate', () => {
    expect(cacheStats(1, 3).hitRate).toBe(0.25);
  });
});
