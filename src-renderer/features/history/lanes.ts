import type { Assignment } from '../../../src-shared/api/schemas/buckets';

export interface Lane {
  bucket: string;
  /** Oldest first; the last one is what the bucket uses now. */
  assignments: Assignment[];
}

/**
 * One lane per bucket that ever used a version of `configName`: its whole assignment history
 * (other configs included, so a switch away is visible), buckets by name.
 */
export function lanesForConfig(assignments: readonly Assignment[], configName: string): Lane[] {
  const byBucket = new Map<string, Assignment[]>();
  for (const a of assignments) {
    const lane = byBucket.get(a.bucket) ?? [];
    lane.push(a);
    byBucket.set(a.bucket, lane);
  }
  return [...byBucket.entries()]
    .filter(([, lane]) => lane.some((a) => a.configName === configName))
    .map(([bucket, lane]) => ({
      bucket,
      assignments: [...lane].sort((x, y) => x.assignedAt.localeCompare(y.assignedAt) || x.id - y.id),
    }))
    .sort((x, y) => x.bucket.localeCompare(y.bucket));
}

/**
 * Each assignment's share of the lane's width: how long it was (or has been, for the last one,
 * until `now`) the bucket's version, with a floor so a brief one stays visible. Shares sum to 1.
 */
export function segmentShares(assignments: readonly Assignment[], now: number, floor = 0.08): number[] {
  const starts = assignments.map((a) => Date.parse(a.assignedAt));
  const spans = starts.map((start, i) => Math.max(0, (starts[i + 1] ?? Math.max(now, start)) - start));
  const total = spans.reduce((a, b) => a + b, 0);
  const raw = total > 0 ? spans.map((s) => s / total) : spans.map(() => 1 / spans.length);
  const floored = raw.map((share) => Math.max(share, floor));
  const sum = floored.reduce((a, b) => a + b, 0);
  return floored.map((share) => share / sum);
}
