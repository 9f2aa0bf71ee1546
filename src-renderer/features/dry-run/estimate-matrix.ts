import type { SequenceEstimate } from '../../../src-shared/api/schemas/planner-ops';

export interface EstimateRow {
  module: string;
  kind: SequenceEstimate['kind'];
  /** Estimate of a module that runs once per plan (no depth). */
  once: number | null;
  /** Per depth of `depths`, null where the module has no estimate at that depth. */
  byDepth: (number | null)[];
  total: number;
  notes: string[];
}

/**
 * Sequence estimates as a module × depth grid (one row per module, in report order), which reads
 * far better than one line per module and depth.
 */
export function estimateMatrix(estimates: readonly SequenceEstimate[]): { depths: number[]; rows: EstimateRow[] } {
  const depths = [...new Set(estimates.flatMap((e) => (e.depth === null ? [] : [e.depth])))].sort((a, b) => a - b);
  const rows = new Map<string, EstimateRow>();
  for (const e of estimates) {
    const key = `${e.kind}:${e.module}`;
    let row = rows.get(key);
    if (!row) {
      row = { module: e.module, kind: e.kind, once: null, byDepth: depths.map(() => null), total: 0, notes: [] };
      rows.set(key, row);
    }
    if (e.depth === null) row.once = (row.once ?? 0) + e.maxSequences;
    else {
      const i = depths.indexOf(e.depth);
      row.byDepth[i] = (row.byDepth[i] ?? 0) + e.maxSequences;
    }
    row.total += e.maxSequences;
    if (e.note && !row.notes.includes(e.note)) row.notes.push(e.note);
  }
  return { depths, rows: [...rows.values()] };
}
