import type { HealthReport } from '../../../src-shared/api/schemas/planner-ops';
import './health.css';

const STATUS_TEXT = { healthy: 'Healthy', degraded: 'Degraded', unhealthy: 'Unhealthy' } as const;

/** The planner's health: overall status and why, each check, circuit breakers and plugins. */
export function HealthReportView({ report }: { report: HealthReport }) {
  return (
    <div className="health-report">
      <p className={`status-line status-${report.status}`} role="status" aria-label="Health status">
        {STATUS_TEXT[report.status]} <span className="muted">· checked {new Date(report.checkedAt).toLocaleTimeString()}</span>
      </p>
      {report.reasons.length > 0 && (
        <ul className="warning-list" aria-label="Reasons">
          {report.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      <table className="table" aria-label="Health checks">
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Status</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {report.checks.map((c) => (
            <tr key={c.name}>
              <td>{c.name}</td>
              <td className={`status-${c.status}`}>{c.status}</td>
              <td>{c.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="section-title">Circuit breakers</h4>
      {report.breakers.length === 0 ? (
        <p className="muted">No module has failed: every breaker is closed.</p>
      ) : (
        <table className="table" aria-label="Circuit breakers">
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">State</th>
              <th scope="col" className="num">
                Failures
              </th>
              <th scope="col">Retry at</th>
            </tr>
          </thead>
          <tbody>
            {report.breakers.map((b) => (
              <tr key={b.module}>
                <td>{b.module}</td>
                <td className={b.state === 'closed' ? 'status-healthy' : b.state === 'open' ? 'status-unhealthy' : 'status-degraded'}>{b.state.replace('_', '-')}</td>
                <td className="num">{b.failures}</td>
                <td>{b.retryAt ? new Date(b.retryAt).toLocaleTimeString() : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4 className="section-title">Plugins</h4>
      {report.plugins.length === 0 ? (
        <p className="muted">No plugins loaded.</p>
      ) : (
        <table className="table" aria-label="Plugins">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Status</th>
              <th scope="col">Modules</th>
            </tr>
          </thead>
          <tbody>
            {report.plugins.map((p) => (
              <tr key={p.file}>
                <td className="mono">{p.file}</td>
                <td className={p.status === 'loaded' ? 'status-healthy' : 'status-unhealthy'}>
                  {p.status}
                  {p.message ? `: ${p.message}` : ''}
                </td>
                <td>{p.modules.map((m) => `${m.kind}:${m.name}`).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
