import { useState } from 'react';
import { firstStoredPortfolio } from '../../../src-shared/domain/first-stored-portfolio';
import { useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatTime } from '../../ui/format-time';
import type { PanelContext } from '../panels';
import { AssignDialog, type AssignTarget } from './AssignDialog';

/**
 * The buckets, the version each plans with now and the portfolio it plans against; assign the
 * editor's config version to one, or roll one back to the version it used before (both show the
 * semantic diff first).
 */
export function BucketsPanel({ config }: PanelContext) {
  const buckets = useStudioQuery('buckets.list', {});
  const lanes = useStudioQuery('buckets.lane', {});
  const portfolios = useStudioQuery('portfolios.list', {});
  const setPortfolio = useStudioMutation('buckets.setPortfolio', ['buckets']);
  // What a bucket without its own portfolio plans against.
  const firstStored = firstStoredPortfolio(portfolios.data ?? []);
  const [target, setTarget] = useState<AssignTarget | null>(null);

  /** The assignment before the current one: what a rollback returns to. */
  const previousOf = (bucket: string) => {
    const lane = (lanes.data ?? []).filter((a) => a.bucket === bucket);
    return lane.length >= 2 ? lane[lane.length - 2] : undefined;
  };

  return (
    <section aria-label="Buckets">
      {buckets.error && <ErrorBanner error={buckets.error} />}
      {setPortfolio.error && <ErrorBanner error={setPortfolio.error} />}
      <div className="panel-toolbar">
        <h3 className="section-title">Buckets</h3>
        <button type="button" disabled={!config} onClick={() => config && setTarget({ kind: 'assign', configId: config.id })}>
          {config ? `Assign ${config.name} v${config.version}…` : 'Assign…'}
        </button>
      </div>
      {buckets.data && buckets.data.length === 0 && <p className="muted">No buckets yet: assign a version to create one.</p>}
      <table className="table" aria-label="Buckets and their versions">
        <thead>
          <tr>
            <th scope="col">Bucket</th>
            <th scope="col">Version now</th>
            <th scope="col">Portfolio</th>
            <th scope="col" aria-label="Actions" />
          </tr>
        </thead>
        <tbody>
          {buckets.data?.map((b) => {
            const previous = previousOf(b.name);
            return (
              <tr key={b.id}>
                <td>
                  <strong>{b.name}</strong>
                  {b.description && <div className="muted">{b.description}</div>}
                </td>
                <td>
                  {b.current ? `${b.current.configName} v${b.current.version} — ${b.current.title}` : '—'}
                  {b.current && <div className="muted">since {formatTime(b.current.assignedAt)}</div>}
                </td>
                <td>
                  <select
                    className="bucket-portfolio"
                    aria-label={`Portfolio of ${b.name}`}
                    value={b.portfolioId ?? ''}
                    disabled={setPortfolio.isPending}
                    onChange={(e) => setPortfolio.mutate({ bucket: b.name, portfolioId: e.target.value === '' ? null : Number(e.target.value) })}
                  >
                    <option value="">First stored</option>
                    {(portfolios.data ?? []).map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                  {(b.portfolioName ?? firstStored?.name) && <div className="muted">plans on {b.portfolioName ?? firstStored?.name}</div>}
                </td>
                <td>
                  <div className="row-actions">
                    {config && (
                      <button
                        type="button"
                        onClick={() => setTarget({ kind: 'assign', configId: config.id, bucket: b.name })}
                        disabled={b.current?.configId === config.id}
                        aria-label={`Assign ${config.name} v${config.version} to ${b.name}`}
                      >
                        Assign editor's version
                      </button>
                    )}
                    {previous && (
                      <button
                        type="button"
                        onClick={() =>
                          setTarget({ kind: 'rollback', bucket: b.name, name: previous.configName, version: previous.version, configId: previous.configId })
                        }
                        aria-label={`Roll back ${b.name} to ${previous.configName} v${previous.version}`}
                      >
                        Roll back to {previous.configName} v{previous.version}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {target && <AssignDialog target={target} onClose={() => setTarget(null)} />}
    </section>
  );
}
