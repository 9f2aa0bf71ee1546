import { Heatmap } from '../../charts/Heatmap';
import { LineChart } from '../../charts/LineChart';

export const SWEEP_METRICS = [
  { id: 'score', label: 'End-state score', scale: 100 },
  { id: 'trades', label: 'Number of trades', scale: 1 },
  { id: 'turnover', label: 'Turnover (% of portfolio)', scale: 100 },
] as const;
export type SweepMetric = (typeof SWEEP_METRICS)[number]['id'];

export interface SweepFigures {
  score: number;
  trades: number;
  turnover: number;
}

/** An axis label short enough for the chart: the module and key (`opportunity_buys.min_quality_score`). */
export function shortLabel(label: string): string {
  return label.split('.').slice(-2).join('.');
}

export interface SweepAxis {
  label: string;
  values: readonly number[];
}

/**
 * The sweep's outcome for one metric: a line over the values of one parameter, or a heatmap over
 * two. `at(xi, yi)` gives the figures of a grid point (null when it failed or was cancelled).
 */
export function SweepChart({ x, y, at, metric }: { x: SweepAxis; y: SweepAxis | null; at(xi: number, yi: number): SweepFigures | null; metric: SweepMetric }) {
  const spec = SWEEP_METRICS.find((m) => m.id === metric)!;
  const value = (xi: number, yi: number) => {
    const f = at(xi, yi);
    return f === null ? null : f[metric] * spec.scale;
  };
  if (!y) {
    return (
      <LineChart
        title={`${spec.label} by ${x.label}`}
        xLabel={shortLabel(x.label)}
        yLabel={spec.label}
        points={x.values.map((v, xi) => ({ x: v, y: value(xi, 0) }))}
      />
    );
  }
  return (
    <Heatmap
      title={`${spec.label} by ${x.label} and ${y.label}`}
      xLabel={shortLabel(x.label)}
      yLabel={shortLabel(y.label)}
      xValues={x.values}
      yValues={y.values}
      values={y.values.map((_, yi) => x.values.map((__, xi) => value(xi, yi)))}
      valueLabel={spec.label}
    />
  );
}
