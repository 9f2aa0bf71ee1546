import { useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ModuleProblems } from '../plan-view/ModuleProblems';
import { PlanDiffView } from '../plan-view/PlanDiffView';
import { outcomePortfolioId } from './outcome-portfolio';
import { useOutcome } from './use-outcome';

/**
 * What the edit does to the plan: the portfolio planned with the saved version and with the
 * edited text (same seed), trades added, removed or resized and the end-state score before
 * and after. Runs only for a valid edit.
 */
export function OutcomeSection({ config, buffer, valid }: { config: ConfigVersion; buffer: string; valid: boolean }) {
  const portfolios = useStudioQuery('portfolios.list', {});
  const summary = useStudioQuery('configs.list', {}).data?.find((c) => c.name === config.name);
  const bucket = summary?.buckets[0] ?? null;
  const buckets = useStudioQuery('buckets.list', {});
  const [chosen, setChosen] = useState<number | null>(null);
  // Both lists first, so the outcome is not planned on one portfolio and then again on another
  // (without the buckets, on the first stored portfolio).
  const bucketsKnown = buckets.data !== undefined || buckets.isError;
  const portfolioId = chosen ?? (portfolios.data && bucketsKnown ? outcomePortfolioId(portfolios.data, buckets.data ?? [], bucket) : null);
  const outcome = useOutcome(config.id, buffer, portfolioId, bucket, valid && buffer !== config.configToml);

  return (
    <section aria-label="Outcome" className="outcome">
      <div className="panel-toolbar">
        <h3 className="section-title">Outcome on a portfolio</h3>
        <label className="inline-field">
          Portfolio{' '}
          <select aria-label="Portfolio" value={portfolioId ?? ''} onChange={(e) => setChosen(Number(e.target.value))}>
            {portfolios.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {bucket && <p className="muted">Planned as bucket {bucket}, which uses {config.name}.</p>}
      {portfolios.error && <ErrorBanner error={portfolios.error} />}
      {portfolios.data?.length === 0 && <p className="muted">No stored portfolio to plan against.</p>}
      {!valid && <p className="muted">The outcome is planned once the text is valid.</p>}
      {outcome.state === 'running' && (
        <p className="muted" role="status">
          Planning with v{config.version} and with the edit…
        </p>
      )}
      {outcome.state === 'failed' && <ErrorBanner error={outcome.error} />}
      {outcome.state === 'done' && (
        <>
          <PlanDiffView before={outcome.saved.plan} after={outcome.edited.plan} beforeLabel={`v${config.version}`} afterLabel="Edited" />
          <ModuleProblems failures={outcome.edited.moduleFailures} skipped={outcome.edited.skippedModules} />
        </>
      )}
    </section>
  );
}
