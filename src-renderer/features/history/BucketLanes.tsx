import { useState } from 'react';
import type { Assignment } from '../../../src-shared/api/schemas/buckets';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatTime } from '../../ui/format-time';
import { AssignDialog } from '../buckets/AssignDialog';
import { lanesForConfig, segmentShares } from './lanes';

const REASON: Record<Assignment['reason'], string> = { seed: 'first launch', assign: 'assigned', rollback: 'rolled back' };

/**
 * Per bucket that used this config: which version was active from when (oldest first), and a
 * rollback to any earlier one, which moves the bucket's pointer without a new version.
 */
export function BucketLanes({ configName }: { configName: string }) {
  const lane = useStudioQuery('buckets.lane', {});
  const [rollback, setRollback] = useState<Assignment | null>(null);
  const lanes = lanesForConfig(lane.data ?? [], configName);
  return (
    <section aria-label="Bucket lanes" className="lanes">
      <h3 className="section-title">Bucket lanes</h3>
      {lane.error && <ErrorBanner error={lane.error} />}
      {lane.data && lanes.length === 0 && <p className="muted">No bucket has used {configName} yet.</p>}
      {lanes.map(({ bucket, assignments }) => {
        const current = assignments[assignments.length - 1];
        const shares = segmentShares(assignments, Date.now());
        return (
          <div key={bucket} className="lane" aria-label={`Lane of ${bucket}`} role="group">
            <div className="lane-bar" aria-hidden="true">
              {assignments.map((a, i) => (
                <span
                  key={a.id}
                  style={{ flex: `${shares[i] ?? 0} 1 0%` }}
                  className={`lane-segment${a === current ? ' lane-current' : ''}${a.configName === configName ? '' : ' lane-other'}`}
                  title={`${a.configName} v${a.version} from ${formatTime(a.assignedAt)}`}
                >
                  {a.configName === configName ? `v${a.version}` : a.configName}
                </span>
              ))}
            </div>
            <table className="table">
              <caption className="lane-caption">
                <strong>{bucket}</strong> — now {current ? `${current.configName} v${current.version}` : 'nothing'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Version</th>
                  <th scope="col">How</th>
                  <th scope="col" aria-label="Actions" />
                </tr>
              </thead>
              <tbody>
                {[...assignments].reverse().map((a) => (
                  <tr key={a.id}>
                    <td>{formatTime(a.assignedAt)}</td>
                    <td>
                      {a.configName} v{a.version}
                    </td>
                    <td>
                      {REASON[a.reason]} by {a.assignedBy}
                    </td>
                    <td>
                      {a === current ? (
                        <span className="badge">current</span>
                      ) : (
                        <button type="button" onClick={() => setRollback(a)} aria-label={`Roll back ${bucket} to ${a.configName} v${a.version}`}>
                          Roll back here
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
      {rollback && (
        <AssignDialog
          target={{ kind: 'rollback', bucket: rollback.bucket, name: rollback.configName, version: rollback.version, configId: rollback.configId }}
          onClose={() => setRollback(null)}
        />
      )}
    </section>
  );
}
