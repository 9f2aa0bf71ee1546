import type { PanelContext } from '../panels';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useEventLogCapture } from '../activity/event-log';
import { DryRunReportView } from './DryRunReportView';
import { useDebounced } from './use-debounced';
import '../health/health.css';

/** The dry-run report of the editor's current text, refreshed shortly after typing stops. */
export function DryRunPanel({ ctx }: { ctx: PanelContext }) {
  // The first tab is mounted at start: collect planner events from then on for the Activity tab.
  useEventLogCapture();
  const toml = useDebounced(ctx.buffer, 400);
  const report = useStudioQuery('planner.dryRun', { toml }, { enabled: ctx.config !== null });

  if (!ctx.config) return <p className="muted">Select a config to see its dry-run.</p>;
  return (
    <div className="dry-run-panel" aria-busy={report.isFetching}>
      <p className="muted panel-intro">
        Loads and checks every module and parameter of the editor's text, without planning.
        {toml !== ctx.buffer || report.isFetching ? ' Updating…' : ''}
      </p>
      {report.error && <ErrorBanner error={report.error} />}
      {report.data && <DryRunReportView report={report.data} />}
    </div>
  );
}
