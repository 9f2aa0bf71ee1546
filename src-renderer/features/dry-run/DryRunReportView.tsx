import type { DryRunReport } from '../../../src-shared/api/schemas/planner-ops';
import { ProblemList } from '../../ui/ProblemList';
import { EstimateTable } from './EstimateTable';
import { ModulesTable } from './ModulesTable';

/**
 * A dry-run report: validity, problems and warnings, every module with the parameters it would
 * run with, and the estimated number of sequences per generator and depth.
 */
export function DryRunReportView({ report }: { report: DryRunReport }) {
  const enabled = report.modules.filter((m) => m.enabled).length;
  const errors = report.problems.filter((p) => p.severity === 'error');
  const located = report.problems.filter((p) => p.severity !== 'error');
  // Warnings that repeat a located problem are shown once, with the location.
  const warnings = [
    ...located.map((p) => `${p.range ? `Line ${p.range.line}, column ${p.range.column}` : p.path.join('.')}: ${p.message}`),
    ...report.warnings.filter((w) => !located.some((p) => w.endsWith(p.message))),
  ];
  return (
    <div className="dry-run-report">
      <p className={report.valid ? 'status-line status-healthy' : 'status-line status-unhealthy'} role="status" aria-label="Dry-run status">
        {report.valid
          ? `Valid · ${enabled} of ${report.modules.length} modules enabled · up to ${report.totalMaxGenerated.toLocaleString('en')} sequences generated, ${report.totalMaxEvaluated.toLocaleString('en')} evaluated`
          : `Invalid · ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix before the planner can load this text`}
      </p>
      {errors.length > 0 && (
        <>
          <h4 className="section-title">Problems</h4>
          <ProblemList problems={errors} label="Dry-run problems" />
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
      {report.estimates.length > 0 && <EstimateTable estimates={report.estimates} />}
      {report.modules.length > 0 && <ModulesTable modules={report.modules} />}
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
