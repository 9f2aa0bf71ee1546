import type { PanelContext } from '../panels';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { HealthReportView } from './HealthReportView';

/** The planner's health for the config being edited (as stored): refreshed on demand. */
export function HealthPanel({ ctx }: { ctx: PanelContext }) {
  const health = useStudioQuery('planner.health', ctx.config ? { toml: ctx.config.configToml } : {});
  return (
    <div className="health-panel">
      <div className="panel-toolbar">
        <span className="muted">{ctx.config ? `For ${ctx.config.name} v${ctx.config.version}` : 'Planner only'}</span>
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
