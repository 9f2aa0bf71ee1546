import type { Plan } from '../../../src-shared/domain/plan';
import { diffPlans, type TradeChange } from './diff-plans';
import { formatEur, formatQuantity, formatScore, formatScoreDelta } from './format';
import './plan-view.css';

const KIND_LABEL: Record<TradeChange['kind'], string> = { added: 'added', removed: 'removed', resized: 'resized', unchanged: 'same' };

/**
 * How the outcome changes from plan `before` to plan `after`: end-state score before → after and
 * each trade added, removed or resized (unchanged ones listed last, greyed).
 */
export function PlanDiffView({ before, after, beforeLabel = 'Saved', afterLabel = 'Edited' }: { before: Plan; after: Plan; beforeLabel?: string; afterLabel?: string }) {
  const d = diffPlans(before, after);
  const order = { added: 0, removed: 1, resized: 2, unchanged: 3 };
  const trades = [...d.trades].sort((x, y) => order[x.kind] - order[y.kind]);
  return (
    <section className="plan-diff" aria-label="Outcome change">
      <p className="plan-diff-summary">
        End-state score {formatScore(d.scoreBefore)} → {formatScore(d.scoreAfter)} ({formatScoreDelta(d.scoreDelta)}) · cash required{' '}
        {formatEur(d.cashRequiredBefore)} → {formatEur(d.cashRequiredAfter)} · {d.added} added, {d.removed} removed, {d.resized} resized
      </p>
      {trades.length > 0 && (
        <table className="table" aria-label="Trade changes">
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Trade</th>
              <th scope="col">{beforeLabel}</th>
              <th scope="col">{afterLabel}</th>
            </tr>
          </thead>
          <tbody>
            {trades.map((t) => (
              <tr key={`${t.side}:${t.symbol}`} className={`trade-${t.kind}`}>
                <td>{KIND_LABEL[t.kind]}</td>
                <td>
                  {t.side} {t.symbol}
                </td>
                <td>{t.quantityA ? `${formatQuantity(t.quantityA)} (${formatEur(t.valueEurA)})` : '—'}</td>
                <td>{t.quantityB ? `${formatQuantity(t.quantityB)} (${formatEur(t.valueEurB)})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
