/**
 * Portfolio health score (domain.md §4.3), 0–100, from aggregate sums so the evaluator can update
 * it incrementally. Components are not rounded (rounding is for display; rounding inside would
 * create ties between sequences).
 *   D (diversification) = max(0, 100 × (1 − mean |share − target| over country groups with a target / 0.3)),
 *       mean deviation 0.2 when there are no targets;
 *   V (dividends) = min(100, 30 + 1000 × Σ yield × weight), 50 without dividend data;
 *   Q (quality) = 100 × Σ quality × weight, 50 without quality data;
 *   total = 0.4 D + 0.3 V + 0.3 Q.
 */
export interface HealthInputs {
  totalValue: number;
  /** Value per country group (EUR). */
  groupValue: Float64Array;
  /** Indices of groups that have a target, and those targets. */
  targetGroups: Int32Array;
  targets: Float64Array;
  /** Σ yield × value and Σ quality × value (EUR-weighted). */
  dividendSum: number;
  qualitySum: number;
  hasDividendData: boolean;
  hasQualityData: boolean;
}

export interface HealthParts {
  diversification: number;
  dividend: number;
  quality: number;
  total: number;
}

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

export function healthParts(h: HealthInputs): HealthParts {
  if (h.totalValue <= 0) return { diversification: 50, dividend: 50, quality: 50, total: 50 };
  const diversification = diversificationPart(h.totalValue, h.groupValue, h.targetGroups, h.targets);
  const dividend = h.hasDividendData ? Math.min(100, 30 + (1000 * h.dividendSum) / h.totalValue) : 50;
  const quality = h.hasQualityData ? (100 * h.qualitySum) / h.totalValue : 50;
  return { diversification, dividend, quality, total: 0.4 * diversification + 0.3 * dividend + 0.3 * quality };
}
