import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';

/** Scores closer than this (on the 0–1 scale) are a tie. */
export const TIE_EPSILON = 1e-4;

/** Which arm's plan has the higher end-state score, and by how much (0–1 scale). */
export function compareVerdict(a: PlanRunResult, b: PlanRunResult): { winner: 'A' | 'B' | 'tie'; margin: number } {
  const margin = Math.abs(a.plan.endStateScore - b.plan.endStateScore);
  if (margin < TIE_EPSILON) return { winner: 'tie', margin };
  return { winner: a.plan.endStateScore > b.plan.endStateScore ? 'A' : 'B', margin };
}

/** Total time per module (all operations) in each arm; null where the module did not run. */
export function moduleTimings(a: PlanRunResult, b: PlanRunResult): { module: string; msA: number | null; msB: number | null }[] {
  const total = (r: PlanRunResult): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of r.timings) m.set(t.module, (m.get(t.module) ?? 0) + t.totalMs);
    return m;
  };
  const ta = total(a);
  const tb = total(b);
  return [...new Set([...ta.keys(), ...tb.keys()])].map((module) => ({ module, msA: ta.get(module) ?? null, msB: tb.get(module) ?? null }));
}

/** Traded value (buys + sells) as a fraction of the portfolio's total value. */
export function turnover(result: PlanRunResult, totalValueEur: number): number {
  if (totalValueEur <= 0) return 0;
  return (result.plan.cashRequiredEur + result.plan.cashGeneratedEur) / totalValueEur;
}
