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
