import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { formatEur, formatQuantity, formatScore, formatScoreDelta } from './format';
import { ModuleProblems } from './ModuleProblems';
import { ScoreComponents } from './ScoreComponents';
import './plan-view.css';

export interface PlanViewProps {
  result: PlanRunResult;
  /** Heading and accessible name of the view, e.g. "Plan A". */
  title: string;
}

/**
 * The outcome of one planning run: end-state score and its components, the steps with their
 * narratives, cash, and any module that failed or was skipped. Used by the A/B compare, the
 * sweep and the save review.
 */
export function PlanView({ result, title }: PlanViewProps) {
  const { plan } = result;
  return (
    <section className="plan-view" aria-label={title}>
      <h3 className="plan-title">{title}</h3>
      <div className="plan-figures">
        <Figure label="End-state score" value={formatScore(plan.endStateScore)} strong />
        <Figure label="Current score" value={formatScore(plan.currentScore)} />
        <Figure label="Improvement" value={formatScoreDelta(plan.improvement)} />
        <Figure label="Cash required" value={formatEur(plan.cashRequiredEur)} />
        <Figure label="Cash generated" value={formatEur(plan.cashGeneratedEur)} />
        <Figure label="Available cash" value={formatEur(plan.availableCashEur)} />
      </div>
      {!plan.feasible && (
        <p className="plan-warning" role="status">
          Not feasible: the buys need more cash than is available plus what the sells free.
        </p>
      )}
      <ModuleProblems failures={result.moduleFailures} skipped={result.skippedModules} />
      {plan.scoreBreakdown && <ScoreComponents breakdown={plan.scoreBreakdown} />}
      <h4>Steps ({plan.steps.length})</h4>
      {plan.steps.length === 0 ? (
        <p className="muted">No actions recommended.</p>
      ) : (
        <ol className="plan-steps" aria-label={`${title} steps`}>
          {plan.steps.map((s) => (
            <li key={s.stepNumber}>
              <div className="plan-step-head">
                <span className={`side side-${s.side.toLowerCase()}`}>{s.side}</span>
                <strong>{s.symbol}</strong> {formatQuantity(s.quantity)} × {s.estimatedPrice.toFixed(2)} {s.currency}
                <span className="muted"> · {formatEur(s.estimatedValueEur)}</span>
              </div>
              <div className="plan-step-narrative">{s.narrative}</div>
            </li>
          ))}
        </ol>
      )}
      {plan.narrativeSummary && <p className="plan-summary">{plan.narrativeSummary}</p>}
      <p className="muted plan-meta">
        {plan.source ? `Chosen sequence from ${plan.source}. ` : ''}
        {result.sequencesGenerated} sequences generated, {result.sequencesEvaluated} evaluated · seed {result.seed}
      </p>
    </section>
  );
}

function Figure({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={strong ? 'plan-figure strong' : 'plan-figure'}>
      <span className="plan-figure-label">{label}</span>
      <span className="plan-figure-value">{value}</span>
    </div>
  );
}
