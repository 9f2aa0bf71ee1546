import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { formatMs } from './format';

/** Per-module time of one run, slowest first. */
export function TimingsTable({ timings, label }: { timings: PlanRunResult['timings']; label: string }) {
  const rows = [...timings].sort((a, b) => b.totalMs - a.totalMs);
  return (
    <table className="table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Module</th>
          <th scope="col">Operation</th>
          <th scope="col">Calls</th>
          <th scope="col">Total</th>
          <th scope="col">Max</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={`${t.module}:${t.operation}`}>
            <td>{t.module}</td>
            <td>{t.operation}</td>
            <td>{t.count}</td>
            <td>{formatMs(t.totalMs)}</td>
            <td>{formatMs(t.maxMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
