import { ChartTable } from './ChartTable';
import { extent, formatNumber, linearScale, niceTicks } from './scale';
import './charts.css';

export interface LinePoint {
  x: number;
  /** null = no value at this x (e.g. the run failed): the line breaks there. */
  y: number | null;
}

export interface LineChartProps {
  /** What the chart shows; its accessible name. */
  title: string;
  xLabel: string;
  yLabel: string;
  points: readonly LinePoint[];
  /** An x to mark (e.g. the best value). */
  markX?: number;
}

const W = 560;
const H = 260;
const M = { top: 16, right: 16, bottom: 40, left: 56 };

/** A line over sorted x values, drawn as inline SVG with axes and a table fallback. */
export function LineChart({ title, xLabel, yLabel, points, markX }: LineChartProps) {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const xs = niceTicks(...extent(sorted.map((p) => p.x)), 6);
  const ys = niceTicks(...extent(sorted.flatMap((p) => (p.y === null ? [] : [p.y]))), 5);
  const sx = linearScale(xs.domain, [M.left, W - M.right]);
  const sy = linearScale(ys.domain, [H - M.bottom, M.top]);
  const segments: string[] = [];
  let current = '';
  for (const p of sorted) {
    if (p.y === null) {
      if (current) segments.push(current);
      current = '';
      continue;
    }
    current += `${current ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`;
  }
  if (current) segments.push(current);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="chart-svg">
        <title>{title}</title>
        {ys.ticks.map((t) => (
          <g key={`y${t}`}>
            <line className="chart-grid" x1={M.left} x2={W - M.right} y1={sy(t)} y2={sy(t)} />
            <text className="chart-tick" x={M.left - 6} y={sy(t)} textAnchor="end" dominantBaseline="middle">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {xs.ticks.map((t) => (
          <text key={`x${t}`} className="chart-tick" x={sx(t)} y={H - M.bottom + 16} textAnchor="middle">
            {formatNumber(t)}
          </text>
        ))}
        <line className="chart-axis" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        <line className="chart-axis" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
        {markX !== undefined && <line className="chart-mark" x1={sx(markX)} x2={sx(markX)} y1={M.top} y2={H - M.bottom} />}
        {segments.map((d, i) => (
          <path key={i} className="chart-line" d={d} />
        ))}
        {sorted.map((p) =>
          p.y === null ? null : (
            <circle key={p.x} className="chart-dot" cx={sx(p.x)} cy={sy(p.y)} r={3.5}>
              <title>{`${xLabel} ${formatNumber(p.x)}: ${yLabel} ${formatNumber(p.y)}`}</title>
            </circle>
          ),
        )}
        <text className="chart-label" x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text className="chart-label" transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {yLabel}
        </text>
      </svg>
      <ChartTable caption={title} head={[xLabel, yLabel]} rows={sorted.map((p) => [formatNumber(p.x), p.y === null ? '—' : formatNumber(p.y)])} />
    </figure>
  );
}
