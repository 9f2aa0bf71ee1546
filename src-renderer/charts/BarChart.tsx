import { ChartTable } from './ChartTable';
import { formatNumber, linearScale, niceTicks } from './scale';
import './charts.css';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  /** Unit of the values, shown on the axis and in the table (e.g. "ms"). */
  unit: string;
}

const W = 560;
const ROW = 22;
const M = { top: 8, right: 56, bottom: 28, left: 180 };

/** Horizontal bars from zero, one row per label, in the order given. */
export function BarChart({ title, bars, unit }: BarChartProps) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const xs = niceTicks(0, max > 0 ? max : 1, 5);
  const H = M.top + M.bottom + Math.max(1, bars.length) * ROW;
  const sx = linearScale(xs.domain, [M.left, W - M.right]);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="chart-svg">
        <title>{title}</title>
        {xs.ticks.map((t) => (
          <g key={t}>
            <line className="chart-grid" x1={sx(t)} x2={sx(t)} y1={M.top} y2={H - M.bottom} />
            <text className="chart-tick" x={sx(t)} y={H - M.bottom + 14} textAnchor="middle">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const y = M.top + i * ROW;
          return (
            <g key={`${b.label}-${i}`}>
              <text className="chart-tick" x={M.left - 6} y={y + ROW / 2} textAnchor="end" dominantBaseline="middle">
                {b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label}
              </text>
              <rect className="chart-bar" x={M.left} y={y + 3} width={Math.max(0, sx(b.value) - M.left)} height={ROW - 6}>
                <title>{`${b.label}: ${formatNumber(b.value)} ${unit}`}</title>
              </rect>
              <text className="chart-tick" x={sx(b.value) + 4} y={y + ROW / 2} dominantBaseline="middle">
                {formatNumber(b.value)}
              </text>
            </g>
          );
        })}
        <text className="chart-label" x={(M.left + W - M.right) / 2} y={H - 2} textAnchor="middle">
          {unit}
        </text>
      </svg>
      <ChartTable caption={title} head={['', unit]} rows={bars.map((b) => [b.label, formatNumber(b.value)])} />
    </figure>
  );
}
