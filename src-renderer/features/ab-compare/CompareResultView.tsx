import { useState } from 'react';
import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { Modal } from '../../ui/Modal';
import { formatEur, formatMs, formatScore, formatScoreDelta } from '../plan-view/format';
import { ModuleProblems } from '../plan-view/ModuleProblems';
import { PlanDiffView } from '../plan-view/PlanDiffView';
import { PlanView } from '../plan-view/PlanView';
import { SCORE_COMPONENTS } from '../plan-view/ScoreComponents';
import { compareTimings, verdict } from './compare-runs';

export interface CompareArm {
  label: string;
  toml: string;
  result: PlanRunResult;
}

interface Row {
  label: string;
  a: number | null;
  b: number | null;
  format(v: number): string;
  delta?(d: number): string;
}

function rows(a: PlanRunResult, b: PlanRunResult): Row[] {
  const score = (v: number) => formatScore(v);
  const list: Row[] = [{ label: 'End-state score', a: a.plan.endStateScore, b: b.plan.endStateScore, format: score, delta: formatScoreDelta }];
  for (const [key, label] of SCORE_COMPONENTS) {
    list.push({
      label: `· ${label}`,
      a: a.plan.scoreBreakdown?.[key].contribution ?? null,
      b: b.plan.scoreBreakdown?.[key].contribution ?? null,
      format: score,
      delta: formatScoreDelta,
    });
  }
  const eur = (v: number) => formatEur(v);
  list.push(
    { label: 'Transaction costs', a: a.plan.scoreBreakdown?.transactionCost.totalCostEur ?? null, b: b.plan.scoreBreakdown?.transactionCost.totalCostEur ?? null, format: eur },
    { label: 'Cash required', a: a.plan.cashRequiredEur, b: b.plan.cashRequiredEur, format: eur },
    { label: 'Cash generated', a: a.plan.cashGeneratedEur, b: b.plan.cashGeneratedEur, format: eur },
    { label: 'Steps', a: a.plan.steps.length, b: b.plan.steps.length, format: String },
    { label: 'Sequences evaluated', a: a.sequencesEvaluated, b: b.sequencesEvaluated, format: String },
    { label: 'Duration', a: a.durationMs, b: b.durationMs, format: formatMs },
  );
  return list;
}

/** Two planning runs on the same portfolio and seed: the winner, the figures side by side, timings, plans and config diff. */
export function CompareResultView({ a, b }: { a: CompareArm; b: CompareArm }) {
  const [open, setOpen] = useState(false);
  const v = verdict(a.result, b.result);
  const winnerLabel = v.winner === 'A' ? a.label : b.label;
  return (
    <section className="compare-result" aria-label="Comparison result">
      <p className={`verdict verdict-${v.winner}`} role="status" aria-label="Winner">
        {v.winner === 'tie'
          ? `Tie: both score ${formatScore(a.result.plan.endStateScore)}`
          : `${v.winner} wins (${winnerLabel}) by ${(v.margin * 100).toFixed(2)} points (${(v.relative * 100).toFixed(1)}%)`}
      </p>
      <p className="muted compare-seed">
        Same portfolio and seed {a.result.seed} for both
        {a.result.portfolioHash !== b.result.portfolioHash ? ' — warning: the portfolio hashes differ' : ''}.
      </p>
      <table className="table" aria-label="A versus B">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num" title={a.label}>
              A
            </th>
            <th scope="col" className="num" title={b.label}>
              B
            </th>
            <th scope="col" className="num">
              B − A
            </th>
          </tr>
        </thead>
        <tbody>
          {rows(a.result, b.result).map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.a === null ? '—' : r.format(r.a)}</td>
              <td className="num">{r.b === null ? '—' : r.format(r.b)}</td>
              <td className="num">{r.a === null || r.b === null ? '—' : r.delta ? r.delta(r.b - r.a) : r.format(r.b - r.a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ModuleProblems failures={a.result.moduleFailures} skipped={a.result.skippedModules} arm="A" />
      <ModuleProblems failures={b.result.moduleFailures} skipped={b.result.skippedModules} arm="B" />
      <h4 className="section-title">Trades, A → B</h4>
      <PlanDiffView before={a.result.plan} after={b.result.plan} beforeLabel="A" afterLabel="B" />
      <h4 className="section-title">Time per module</h4>
      <table className="table" aria-label="Time per module, A and B">
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col" className="num">
              A
            </th>
            <th scope="col" className="num">
              B
            </th>
          </tr>
        </thead>
        <tbody>
          {compareTimings(a.result, b.result).map((t) => (
            <tr key={t.module}>
              <td>{t.module}</td>
              <td className="num">{t.msA === null ? '—' : formatMs(t.msA)}</td>
              <td className="num">{t.msB === null ? '—' : formatMs(t.msB)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button-primary" onClick={() => setOpen(true)}>
        Show plans and config diff side by side
      </button>
      {open && (
        <Modal title={`A: ${a.label} — B: ${b.label}`} onClose={() => setOpen(false)} wide>
          <div className="compare-columns">
            <PlanView result={a.result} title={`Plan A: ${a.label}`} />
            <PlanView result={b.result} title={`Plan B: ${b.label}`} />
          </div>
          <section aria-label="Config diff between A and B">
            <h4 className="section-title">Config diff, A → B</h4>
            <ConfigChanges oldToml={a.toml} newToml={b.toml} oldLabel={`A: ${a.label}`} newLabel={`B: ${b.label}`} />
          </section>
        </Modal>
      )}
    </section>
  );
}
