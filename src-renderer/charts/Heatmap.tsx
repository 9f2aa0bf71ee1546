import { ChartTable } from './ChartTable';
import { extent, formatNumber, needsLightText, rampColor } from './scale';
import './charts.css';

export interface HeatmapProps {
  title: string;
  xLabel: string;
  yLabel: string;
  xValues: readonly number[];
  yValues: readonly number[];
  /** values[yi][xi]; null = no value (failed or cancelled point). */
  values: readonly (readonly (number | null)[])[];
  valueLabel: string;
}

const W = 560;
const H = 300;
const M = { top: 12, right: 12, bottom: 44, left: 64 };

/** A grid of coloured cells (darker = higher), with the value written in each cell. */
export function Heatmap({ title, xLabel, yLabel, xValues, yValues, values, valueLabel }: HeatmapProps) {
  const all = values.flatMap((row) => row.flatMap((v) => (v === null ? [] : [v])));
  const [lo, hi] = extent(all);
  const cw = (W - M.left - M.right) / Math.max(1, xValues.length);
  const ch = (H - M.top - M.bottom) / Math.max(1, yValues.length);
  const t = (v: number) => (hi === lo ? 0.5 : (v - lo) / (hi - lo));
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="chart-svg">
        <title>{title}</title>
        {yValues.map((y, yi) => {
          // Highest y at the top, as on a plotted axis.
          const top = M.top + (yValues.length - 1 - yi) * ch;
          return (
            <g key={`r${yi}`}>
              <text className="chart-tick" x={M.left - 6} y={top + ch / 2} textAnchor="end" dominantBaseline="middle">
                {formatNumber(y)}
              </text>
              {xValues.map((x, xi) => {
                const v = values[yi]?.[xi] ?? null;
                return (
                  <g key={`c${xi}`}>
                    <rect
                      className={v === null ? 'chart-cell chart-cell-empty' : 'chart-cell'}
                      x={M.left + xi * cw}
                      y={top}
                      width={cw - 2}
                      height={ch - 2}
                      fill={v === null ? undefined : rampColor(t(v))}
                    >
                      <title>{`${xLabel} ${formatNumber(x)}, ${yLabel} ${formatNumber(y)}: ${valueLabel} ${v === null ? 'no value' : formatNumber(v)}`}</title>
                    </rect>
                    {cw > 34 && ch > 16 && (
                      <text
                        className={v !== null && needsLightText(t(v)) ? 'chart-cell-text light' : 'chart-cell-text'}
                        x={M.left + xi * cw + (cw - 2) / 2}
                        y={top + (ch - 2) / 2}
                        textAnchor="middle"
                        dominantBaseline="middle"
                      >
                        {v === null ? '—' : formatNumber(v)}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
        {xValues.map((x, xi) => (
          <text key={`x${xi}`} className="chart-tick" x={M.left + xi * cw + cw / 2} y={H - M.bottom + 16} textAnchor="middle">
            {formatNumber(x)}
          </text>
        ))}
        <text className="chart-label" x={(M.left + W - M.right) / 2} y={H - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text className="chart-label" transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {yLabel}
        </text>
      </svg>
      <ChartTable
        caption={title}
        head={[`${yLabel} \\ ${xLabel}`, ...xValues.map(formatNumber)]}
        rows={yValues.map((y, yi) => [formatNumber(y), ...xValues.map((_, xi) => {
          const v = values[yi]?.[xi] ?? null;
          return v === null ? '—' : formatNumber(v);
        })])}
      />
    </figure>
  );
}
