import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';

/** Modules that failed (the run went on without them) or were skipped by the circuit breaker. */
export function ModuleProblems({
  failures,
  skipped,
  arm,
}: {
  failures: PlanRunResult['moduleFailures'];
  skipped: PlanRunResult['skippedModules'];
  /** Which run of several this is (e.g. "A"), said before each line. */
  arm?: string;
}) {
  const prefix = arm ? `${arm}: ` : '';
  if (failures.length === 0 && skipped.length === 0) return null;
  return (
    <div className="plan-problems" role="status" aria-label="Module problems">
      {failures.map((f, i) => (
        <p key={`f${i}`} className="plan-failure">
          {prefix}Module <strong>{f.module}</strong> ({f.kind}) failed in {f.operation}: {f.message}
        </p>
      ))}
      {skipped.map((s, i) => (
        <p key={`s${i}`} className="plan-skipped">
          {prefix}Module <strong>{s.module}</strong> ({s.kind}) skipped: {s.reason}
        </p>
      ))}
    </div>
  );
}
