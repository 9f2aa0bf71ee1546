import { useState } from 'react';
import type { PanelContext } from '../panels';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useDebounced } from '../dry-run/use-debounced';
import { HealthReportView } from './HealthReportView';
import './health.css';

/**
 * The planner's health, checked against the stored config being edited, the editor's text, or
 * a bucket's current config; re-checked on demand (and after every run, via invalidation).
 */
export function HealthPanel({ ctx }: { ctx: PanelContext }) {
  const buckets = useStudioQuery('buckets.list', {});
  const [target, setTarget] = useState('stored');
  // Like the dry-run: the editor text is checked once typing pauses, not per keystroke.
  const buffer = useDebounced(ctx.buffer, 400);
  const request =
    target === 'buffer'
      ? { toml: buffer }
      : target.startsWith('bucket:')
        ? { bucket: target.slice('bucket:'.length) }
        : ctx.config
          ? { toml: ctx.config.configToml }
          : {};
  const health = useStudioQuery('planner.health', request);
  return (
    <div className="health-panel">
      <div className="panel-toolbar">
        <label className="field">
          Check against
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="stored">{ctx.config ? `${ctx.config.name} v${ctx.config.version} (stored)` : 'the planner only'}</option>
            <option value="buffer">Editor text</option>
            {(buckets.data ?? []).map((b) => (
              <option key={b.id} value={`bucket:${b.name}`}>
                bucket {b.name}
                {b.current ? ` (${b.current.configName} v${b.current.version})` : ''}
              </option>
            ))}
          </select>
        </label>
        <span className="toolbar-spacer" />
        <button type="button" onClick={() => void health.refetch()} disabled={health.isFetching}>
          Check health
        </button>
      </div>
      {health.error && <ErrorBanner error={health.error} />}
      {health.data && <HealthReportView report={health.data} />}
    </div>
  );
}
