import type { PerfReport } from '../../../src-shared/api/schemas/planner-ops';

const ms = (v: number): string => v.toFixed(2);
const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // first column left-aligned (names), the rest right-aligned (numbers)
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The "Performance Report" as plain text (CLI, log, the activity screen's copy button). */
export function formatPerfReport(report: PerfReport): string {
  const lines = [
    'Performance Report',
    '==================',
    `Run: ${report.runId}${report.bucket === null ? '' : ` (bucket ${report.bucket})`}`,
    `Total time: ${ms(report.durationMs)} ms`,
    `Sequences generated: ${report.sequencesGenerated}`,
    `Sequences evaluated: ${report.sequencesEvaluated}`,
    `Calculation cache: ${report.calculationCache.hits} hits, ${report.calculationCache.misses} misses, hit rate ${pct(report.calculationCache.hitRate)}`,
    `Planner instance cache: ${report.instanceCache.hits} hits, ${report.instanceCache.misses} misses, hit rate ${pct(report.instanceCache.hitRate)}`,
    '',
  ];
  if (report.operations.length === 0) return [...lines, 'No module operations were timed.'].join('\n');
  const rows = report.operations.map((o) => [
    `${o.module}.${o.operation}`,
    String(o.count),
    ms(o.totalMs),
    ms(o.meanMs),
    ms(o.minMs),
    ms(o.maxMs),
  ]);
  return [...lines, ...table(['module.operation', 'count', 'total ms', 'mean ms', 'min ms', 'max ms'], rows)].join('\n');
}
