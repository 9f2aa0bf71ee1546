import type { SequenceEstimate } from '../../../src-shared/api/schemas/planner-ops';
import { estimateMatrix } from './estimate-matrix';

/** Upper bounds of sequences per generator (rows) and depth (columns). */
export function EstimateTable({ estimates }: { estimates: readonly SequenceEstimate[] }) {
  const matrix = estimateMatrix(estimates);
  return (
    <>
      <h4 className="section-title">Estimated sequences (upper bounds)</h4>
      <table className="table estimate-matrix" aria-label="Estimated sequences">
        <thead>
          <tr>
            <th scope="col">Generator</th>
            {matrix.depths.map((d) => (
              <th key={d} scope="col" className="num">
                d{d}
              </th>
            ))}
            <th scope="col" className="num">
              Once
            </th>
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => (
            <tr key={`${r.kind}:${r.module}`} title={r.notes.join('; ') || undefined}>
              <th scope="row">{r.module}</th>
              {r.byDepth.map((n, i) => (
                <td key={i} className="num">
                  {n === null ? '' : n.toLocaleString('en')}
                </td>
              ))}
              <td className="num">{r.once === null ? '' : r.once.toLocaleString('en')}</td>
              <td className="num">
                <strong>{r.total.toLocaleString('en')}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
