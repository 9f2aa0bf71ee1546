import type { PlanRunResult } from '../../../src-shared/api/schemas/plan';

/** Scores closer than this (0–1 scale, i.e. 0.01 points) count as a tie. */
export const TIE_EPSILON = 1e-4;

export interface Verdict {
  winner: 'A' | 'B' | 'tie';
  /** |scoreA − scoreB| on the 0–1 scale. */
  margin: number;
  /** The margin relative to the loser's score (0 for a tie or a zero score). */
  relative: number;
}

/** Which arm has the higher end-state score, and by how much. */
export function verdict(a: PlanRunResult, b: PlanRunResult): Verdict {
  const sa = a.plan.endStateScore;
  const sb = b.plan.endStateScore;
  const margin = Math.abs(sa - sb);
  if (margin < TIE_EPSILON) return { winner: 'tie', margin, relative: 0 };
  const loser = Math.min(sa, sb);
  return { winner: sa > sb ? 'A' : 'B', margin, relative: loser > 0 ? margin / loser : 0 };
}

export interface TimingRow {
  module: string;
  msA: number | null;
  msB: number | null;
}

/** Total time per module (all operations) in each arm, slowest (in either arm) first. */
export function compareTimings(a: PlanRunResult, b: PlanRunResult): TimingRow[] {
  const sum = (r: PlanRunResult) => {
    const m = new Map<string, number>();
    for (const t of r.timings) m.set(t.module, (m.get(t.module) ?? 0) + t.totalMs);
    return m;
  };
  const ta = sum(a);
  const tb = sum(b);
  const modules = [...new Set([...ta.keys(), ...tb.keys()])];
  return modules
    .map((module) => ({ module, msA: ta.get(module) ?? null, msB: tb.get(module) ?? null }))
    .sort((x, y) => Math.max(y.msA ?? 0, y.msB ?? 0) - Math.max(x.msA ?? 0, x.msB ?? 0) || x.module.localeCompare(y.module));
}
