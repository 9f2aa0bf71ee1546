import { useState } from 'react';
import { BarChart } from '../../charts/BarChart';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatMs } from '../plan-view/format';

const TOP = 15;

/** Per-module performance of one run (the latest by default): table, bar chart and the text report. */
export function PerformanceReport() {
  const runs = useStudioQuery('runs.list', { limit: 50 });
  const [picked, setPicked] = useState('');
  const runId = picked || undefined;
  const listed = (runs.data ?? []).filter((r) => r.status === 'ok');
  const perf = useStudioQuery('planner.performance', runId ? { runId } : {});
  const data = perf.data;
  const ops = data ? [...data.report.operations].sort((a, b) => b.totalMs - a.totalMs) : [];
  return (
    <section className="performance" aria-label="Performance report">
      <div className="panel-toolbar">
        <label className="field inline-field">
          Run
          <select value={picked} onChange={(e) => setPicked(e.target.value)}>
            <option value="">Latest run</option>
            {/* The picked run stays offered once newer runs push it out of the list, or the
                select would show "Latest run" above that older run's report. */}
            {picked && !listed.some((r) => r.runId === picked) && <option value={picked}>Run {picked.slice(0, 12)}</option>}
            {listed.map((r) => (
              <option key={r.runId} value={r.runId}>
                {r.label || r.kind} · {new Date(r.startedAt).toLocaleTimeString()}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void perf.refetch()} disabled={perf.isFetching}>
          Refresh report
        </button>
      </div>
      {perf.error && (perf.error as { code?: string }).code !== 'not_found' && <ErrorBanner error={perf.error} />}
      {!data ? (
        <p className="muted">No run measured yet.</p>
      ) : (
        <>
          <p className="perf-figures">
            <span>{formatMs(data.report.durationMs)} in total</span>
            <span>
              {data.report.sequencesGenerated} sequences generated, {data.report.sequencesEvaluated} evaluated
            </span>
            <span>calculation cache {(data.report.calculationCache.hitRate * 100).toFixed(0)}% hits</span>
            <span>planner cache {(data.report.instanceCache.hitRate * 100).toFixed(0)}% hits</span>
          </p>
          <BarChart
            title={`Time per module and operation, run ${data.report.runId.slice(0, 8)}`}
            unit="ms"
            bars={ops.slice(0, TOP).map((o) => ({ label: `${o.module} · ${o.operation}`, value: o.totalMs }))}
          />
          <table className="table" aria-label="Time per module">
            <thead>
              <tr>
                <th scope="col">Module</th>
                <th scope="col">Operation</th>
                <th scope="col" className="num">
                  Calls
                </th>
                <th scope="col" className="num">
                  Total
                </th>
                <th scope="col" className="num">
                  Mean
                </th>
                <th scope="col" className="num">
                  Max
                </th>
              </tr>
            </thead>
            <tbody>
              {ops.map((o) => (
                <tr key={`${o.module}:${o.operation}`}>
                  <td>{o.module}</td>
                  <td>{o.operation}</td>
                  <td className="num">{o.count}</td>
                  <td className="num">{formatMs(o.totalMs)}</td>
                  <td className="num">{formatMs(o.meanMs)}</td>
                  <td className="num">{formatMs(o.maxMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>Text report</summary>
            <pre className="perf-text">{data.text}</pre>
          </details>
        </>
      )}
    </section>
  );
}
