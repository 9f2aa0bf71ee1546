import type { RunSummary } from '../../../src-shared/api/schemas/runs';

/**
 * The A/B arms of `runs.list` paired by comparison (group id), in the order the list gives
 * (newest first). Only complete, successful pairs are kept: those are the ones that can be shown.
 */
export function groupArms(runs: readonly RunSummary[]): { a: RunSummary; b: RunSummary }[] {
  const groups = new Map<string, { a?: RunSummary; b?: RunSummary }>();
  for (const r of runs) {
    if (r.kind !== 'ab_arm' || r.groupId === null || r.status !== 'ok') continue;
    const g = groups.get(r.groupId) ?? {};
    if (r.label.startsWith('A:') || r.runId.endsWith('-a')) g.a = r;
    else g.b = r;
    groups.set(r.groupId, g);
  }
  return [...groups.values()].flatMap((g) => (g.a && g.b ? [{ a: g.a, b: g.b }] : []));
}
