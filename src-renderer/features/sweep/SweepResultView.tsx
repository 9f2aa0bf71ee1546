import { useState } from 'react';
import type { SweepResult } from '../../../src-shared/api/schemas/planner-ops';
import { formatScore } from '../plan-view/format';
import { SWEEP_METRICS, SweepChart, type SweepFigures, type SweepMetric } from './SweepChart';

export interface SweepAxisView {
  label: string;
  values: number[];
}

/** The outcome of a sweep: a chart of the chosen metric, the best point, and every point with "use this value". */
export function SweepResultView({ result, axes, onUse }: { result: SweepResult; axes: SweepAxisView[]; onUse(values: number[]): void }) {
  const [metric, setMetric] = useState<SweepMetric>('score');
  const [x, y] = axes as [SweepAxisView, SweepAxisView | undefined];
  const key = (values: readonly number[]) => values.join('|');
  const byValues = new Map(result.points.map((p) => [key(p.values), p]));
  const at = (xi: number, yi: number): SweepFigures | null => {
    const values = y ? [x.values[xi]!, y.values[yi]!] : [x.values[xi]!];
    const p = byValues.get(key(values));
    if (!p || p.status !== 'ok' || p.endStateScore === null) return null;
    return { score: p.endStateScore, trades: p.trades ?? 0, turnover: p.turnover ?? 0 };
  };
  const ok = result.points.filter((p) => p.status === 'ok' && p.endStateScore !== null);
  const best = ok.reduce<(typeof ok)[number] | null>((b, p) => (b === null || p.endStateScore! > b.endStateScore! ? p : b), null);
  const failed = result.points.filter((p) => p.status === 'failed');
  const describe = (values: readonly number[]) => axes.map((a, i) => `${a.label} = ${values[i]}`).join(', ');

  return (
    <section className="sweep-result" aria-label="Sweep result">
      {result.cancelled && (
        <p className="plan-warning" role="status">
          Cancelled: {result.points.length} of {axes.reduce((n, a) => n * a.values.length, 1)} points ran.
        </p>
      )}
      {best && (
        <p className="verdict" role="status" aria-label="Best point">
          Best end-state score {formatScore(best.endStateScore!)} at {describe(best.values)}{' '}
          <button type="button" onClick={() => onUse(best.values)}>
            Use best values
          </button>
        </p>
      )}
      <p className="muted compare-seed">
        {result.points.length} points on the same portfolio and seed {result.seed}; recorded as runs.
      </p>
      <div className="chips" role="radiogroup" aria-label="Metric">
        {SWEEP_METRICS.map((m) => (
          <label key={m.id} className="metric-choice">
            <input type="radio" name="sweep-metric" checked={metric === m.id} onChange={() => setMetric(m.id)} /> {m.label}
          </label>
        ))}
      </div>
      <SweepChart x={x} y={y ?? null} at={at} metric={metric} />
      {failed.length > 0 && (
        <div className="plan-problems" role="status" aria-label="Failed points">
          {failed.slice(0, 5).map((p) => (
            <p key={p.runId} className="plan-failure">
              {describe(p.values)}: {p.message}
            </p>
          ))}
          {failed.length > 5 && <p className="muted">…and {failed.length - 5} more.</p>}
        </div>
      )}
      <div className="sweep-points">
        <table className="table" aria-label="Sweep points">
          <thead>
            <tr>
              {axes.map((a) => (
                <th key={a.label} scope="col" className="num">
                  {a.label.split('.').pop()}
                </th>
              ))}
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col" className="num">
                Trades
              </th>
              <th scope="col" className="num">
                Turnover
              </th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {result.points.map((p) => (
              <tr key={p.runId} className={p === best ? 'best-point' : undefined}>
                {p.values.map((v, i) => (
                  <td key={i} className="num">
                    {v}
                  </td>
                ))}
                <td className="num">{p.endStateScore === null ? 'failed' : formatScore(p.endStateScore)}</td>
                <td className="num">{p.trades ?? '—'}</td>
                <td className="num">{p.turnover === null ? '—' : `${(p.turnover * 100).toFixed(1)}%`}</td>
                <td>
                  <button type="button" onClick={() => onUse(p.values)} aria-label={`Use ${describe(p.values)}`}>
                    Use this value
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
