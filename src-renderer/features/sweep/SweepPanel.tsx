import { useMemo, useState } from 'react';
import type { SweepResult } from '../../../src-shared/api/schemas/planner-ops';
import type { PanelContext } from '../panels';
import { useExclusive } from '../../state/exclusive';
import { useStudio, useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { newSeed } from '../ab-compare/source';
import { useEventLogCapture } from '../activity/event-log';
import { AxisFields, type AxisInput } from './AxisFields';
import { defaultRange, gridValues, numericParams, rangeProblem, type SweepParam } from './grid';
import { setTomlNumber } from './set-toml-value';
import { SweepResultView, type SweepAxisView } from './SweepResultView';
import { newRunId, useRunProgress } from './use-run-progress';
import '../ab-compare/ab-compare.css';
import './sweep.css';

const MAX_POINTS = 400;

function axisFor(param: SweepParam): AxisInput {
  const { from, to } = defaultRange(param);
  const steps = param.integer ? Math.min(5, Math.round(to - from) + 1) : 5;
  return { label: param.label, from: String(from), to: String(to), steps: String(steps) };
}

/** What the user typed for one axis, checked: the parameter and its grid values, or the problem. */
function resolveAxis(input: AxisInput, params: readonly SweepParam[]): { param: SweepParam; values: number[] } | string {
  const param = params.find((p) => p.label === input.label);
  if (!param) return `Unknown parameter ${input.label}`;
  const from = Number(input.from);
  const to = Number(input.to);
  const steps = Number(input.steps);
  const problem = rangeProblem(param, input.from.trim() === '' ? NaN : from, input.to.trim() === '' ? NaN : to, steps);
  return problem ?? { param, values: gridValues(from, to, steps, param.integer) };
}

/**
 * Parameter sweep over the editor's text: one or two numeric parameters over a grid, with progress
 * and cancel; a line chart or heatmap of the outcome; "use this value" opens the change for review.
 */
export function SweepPanel({ ctx }: { ctx: PanelContext }) {
  useEventLogCapture();
  const client = useStudio();
  const catalog = useStudioQuery('planner.catalog', {});
  const portfolios = useStudioQuery('portfolios.list', {});
  const sweep = useStudioMutation('planner.sweep', ['runs']);
  const exclusive = useExclusive();
  const params = useMemo(() => (catalog.data ? numericParams(catalog.data) : []), [catalog.data]);
  const [axis1, setAxis1] = useState<AxisInput | null>(null);
  const [axis2, setAxis2] = useState<AxisInput | null>(null);
  const [portfolio, setPortfolio] = useState('');
  const [runId, setRunId] = useState<string | null>(null);
  const [ran, setRan] = useState<{ configName: string; result: SweepResult; axes: SweepAxisView[]; paths: string[][]; integer: boolean[] } | null>(null);
  // A sweep explored one config's text: its result, and "use this value", are shown only while
  // that config is the one being edited.
  const outcome = ran !== null && ran.configName === ctx.config?.name ? ran : null;
  const [error, setError] = useState<Error | null>(null);
  const progress = useRunProgress(runId);

  const first = params[0];
  if (!first) return catalog.error ? <ErrorBanner error={catalog.error} /> : <p className="muted">Loading parameters…</p>;
  const a1 = axis1 ?? axisFor(params.find((p) => p.label === 'planner.max_depth') ?? first);
  const resolved = [a1, ...(axis2 ? [axis2] : [])].map((a) => resolveAxis(a, params));
  const problems = resolved.filter((r): r is string => typeof r === 'string');
  const axes = resolved.filter((r): r is { param: SweepParam; values: number[] } => typeof r !== 'string');
  const points = axes.reduce((n, a) => n * a.values.length, 1);
  const sameParam = axis2 !== null && axis2.label === a1.label;
  const blocked = problems.length > 0 || sameParam || points > MAX_POINTS || !ctx.config;

  const changeAxis = (set: (a: AxisInput) => void, current: AxisInput) => (next: AxisInput) => {
    // A new parameter starts from its own bounds.
    const param = params.find((p) => p.label === next.label);
    set(next.label !== current.label && param ? axisFor(param) : next);
  };

  const start = async () => {
    if (!ctx.config) return;
    const configName = ctx.config.name;
    const id = newRunId('sweep');
    setRunId(id);
    setError(null);
    try {
      const result = await sweep.mutateAsync({
        toml: ctx.buffer,
        portfolioId: Number(portfolio) || undefined,
        seed: newSeed(),
        runId: id,
        axes: axes.map((a) => ({ path: a.param.path, values: a.values })),
      });
      setRan({
        configName,
        result,
        axes: axes.map((a, i) => ({ label: a.param.label, values: result.axes[i]?.values ?? a.values })),
        paths: axes.map((a) => a.param.path),
        integer: axes.map((a) => a.param.integer),
      });
    } catch (e) {
      setError(e as Error);
    } finally {
      setRunId(null);
    }
  };

  const use = (values: number[]) => {
    if (!outcome) return;
    try {
      const text = outcome.paths.reduce((t, path, i) => setTomlNumber(t, path, values[i]!, outcome.integer[i]!), ctx.buffer);
      ctx.openEdit(text);
    } catch (e) {
      setError(e as Error);
    }
  };

  return (
    <div className="sweep-panel">
      <form
        className="sweep-form"
        aria-label="Parameter sweep"
        onSubmit={(e) => {
          e.preventDefault();
          void exclusive(start);
        }}
      >
        <AxisFields name="Parameter 1" params={params} value={a1} onChange={changeAxis(setAxis1, a1)} />
        {axis2 ? (
          <>
            <AxisFields name="Parameter 2" params={params} value={axis2} onChange={changeAxis(setAxis2, axis2)} />
            <button type="button" onClick={() => setAxis2(null)}>
              Remove second parameter
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setAxis2(axisFor(params.find((p) => p.label !== a1.label) ?? first))}>
            Add a second parameter
          </button>
        )}
        <label className="field">
          Portfolio
          <select value={portfolio} onChange={(e) => setPortfolio(e.target.value)}>
            {(portfolios.data ?? []).map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {problems.map((p) => (
          <p key={p} className="plan-failure" role="alert">
            {p}
          </p>
        ))}
        {sameParam && (
          <p className="plan-failure" role="alert">
            Choose two different parameters.
          </p>
        )}
        {points > MAX_POINTS && (
          <p className="plan-failure" role="alert">
            {points} points is too many: at most {MAX_POINTS}.
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={blocked || runId !== null}>
            Run sweep ({points} run{points === 1 ? '' : 's'})
          </button>
          {runId !== null && (
            <button type="button" onClick={() => void client.call('planner.cancel', { runId })}>
              Cancel sweep
            </button>
          )}
        </div>
      </form>
      {runId !== null && (
        <div className="progress">
          <progress aria-label="Sweep progress" max={progress?.total || points} value={progress?.done ?? 0} />
          <span className="muted">
            {progress?.done ?? 0} / {progress?.total ?? points}
          </span>
        </div>
      )}
      {error && <ErrorBanner error={error} />}
      {outcome && <SweepResultView result={outcome.result} axes={outcome.axes} onUse={use} />}
    </div>
  );
}
