/**
 * The diversification part D of the portfolio health score (domain.md §4.3), 0–100:
 * max(0, 100 × (1 − mean |share − target| over the country groups with a target / 0.3)), mean
 * deviation 0.2 when there are no targets. The evaluator combines it with the dividend part
 * V = min(100, 30 + 1000 × Σ yield × weight) (50 without dividend data) and the quality part
 * Q = 100 × Σ quality × weight (50 without quality data) into 0.4 D + 0.3 V + 0.3 Q, which is the
 * diversification input of the end-state score. Nothing is rounded (rounding is for display;
 * rounding inside would create ties between sequences).
 */
export function diversificationPart(totalValue: number, groupValue: Float64Array, targetGroups: Int32Array, targets: Float64Array): number {
  let avgDev = 0.2;
  const nt = targetGroups.length;
  if (nt > 0) {
    let dev = 0;
    for (let t = 0; t < nt; t++) dev += Math.abs(groupValue[targetGroups[t]!]! / totalValue - targets[t]!);
    avgDev = dev / nt;
  }
  const d = 100 * (1 - avgDev / 0.3);
  return d > 0 ? d : 0;
}
