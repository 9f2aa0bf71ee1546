import { Fragment } from 'react';
import type { DryRunReport } from '../../../src-shared/api/schemas/planner-ops';
import { SECTION_OF_KIND } from '../../../src-shared/domain/modules';
import { ProblemList } from '../../ui/ProblemList';
import { formatParamValue, moduleKey, type EffectiveParam } from './effective-params';
import { estimateMatrix } from './estimate-matrix';

/**
 * A dry-run report: validity, problems and warnings, every module with the parameters it would
 * run with, and the estimated number of sequences per generator and depth.
 */
export function DryRunReportView({ report, params }: { report: DryRunReport; params: Map<string, EffectiveParam[]> | null }) {
  const enabled = report.modules.filter((m) => m.enabled).length;
  const matrix = estimateMatrix(report.estimates);
  // Warnings that repeat a located problem are shown once, with the location.
  const warnings = report.warnings.filter((w) => !report.problems.some((p) => w.endsWith(p.message)));
  return (
    <div className="dry-run-report">
      <p className={report.valid ? 'status-line status-healthy' : 'status-line status-unhealthy'} role="status" aria-label="Dry-run status">
        {report.valid ? 'Valid' : 'Invalid'} · {enabled} of {report.modules.length} modules enabled · up to {report.totalMaxGenerated.toLocaleString('en')} sequences
        generated, {report.totalMaxEvaluated.toLocaleString('en')} evaluated
      </p>
      {report.problems.length > 0 && (
        <>
          <h4 className="section-title">Problems and warnings</h4>
          <ProblemList problems={report.problems} label="Dry-run problems" />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h4 className="section-title">Warnings</h4>
          <ul className="warning-list" aria-label="Dry-run warnings">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </>
      )}
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
      <h4 className="section-title">Modules</h4>
      <table className="table" aria-label="Modules loaded">
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">State</th>
            <th scope="col">Parameters</th>
          </tr>
        </thead>
        <tbody>
          {report.modules.map((m) => {
            const list = params?.get(moduleKey(m.kind, m.name)) ?? [];
            return (
              <tr key={moduleKey(m.kind, m.name)} className={m.enabled ? undefined : 'muted'}>
                <td>
                  <span className="mono">{SECTION_OF_KIND[m.kind]}.</span>
                  <strong>{m.name}</strong>
                  {m.source !== 'builtin' && <span className="chip">{m.source}</span>}
                </td>
                <td>
                  {m.enabled ? 'enabled' : 'disabled'}
                  {m.breaker !== 'closed' && <span className="breaker-badge"> breaker {m.breaker.replace('_', '-')}</span>}
                </td>
                <td className="param-list">
                  {list.map((p, i) => (
                    <Fragment key={p.key}>
                      {i > 0 && ', '}
                      <span className={p.fromFile ? 'param-set' : 'param-default'} title={p.fromFile ? 'set in the file' : 'default'}>
                        {p.key} = {formatParamValue(p.value)}
                      </span>
                    </Fragment>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {report.plugins.length > 0 && (
        <>
          <h4 className="section-title">Plugins</h4>
          <ul aria-label="Plugins">
            {report.plugins.map((p) => (
              <li key={p.file}>
                {p.file}: {p.status}
                {p.message ? ` — ${p.message}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
