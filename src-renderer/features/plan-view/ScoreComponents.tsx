import type { ScoreBreakdown } from '../../../src-shared/domain/plan';
import { formatEur, formatScore } from './format';

export const SCORE_COMPONENTS = [
  ['totalReturn', 'Total return'],
  ['diversification', 'Diversification'],
  ['longTermPromise', 'Long-term promise'],
  ['stability', 'Stability'],
  ['opinion', 'Opinion'],
] as const;

/** The five weighted parts of the end-state score (domain.md §4.4) and the cost penalty. */
export function ScoreComponents({ breakdown }: { breakdown: ScoreBreakdown }) {
  return (
    <table className="table score-components" aria-label="Score components">
      <thead>
        <tr>
          <th scope="col">Component ({breakdown.riskProfile})</th>
          <th scope="col">Score</th>
          <th scope="col">Weight</th>
          <th scope="col">Contribution</th>
        </tr>
      </thead>
      <tbody>
        {SCORE_COMPONENTS.map(([key, label]) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td>{formatScore(breakdown[key].score)}</td>
            <td>{breakdown[key].weight.toFixed(2)}</td>
            <td>{formatScore(breakdown[key].contribution)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Transaction costs</th>
          <td colSpan={3}>
            {formatEur(breakdown.transactionCost.totalCostEur)} · penalty {formatScore(breakdown.transactionCost.costPenalty)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
