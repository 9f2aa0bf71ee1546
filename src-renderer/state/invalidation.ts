import type { StudioEvent } from '../../src-shared/api/events';

/** A query-key prefix: `[group]` or `[group, method]` (keys are `[group, method, request]`). */
export type QueryKeyPrefix = readonly string[];

/**
 * Which cached queries a pushed event makes stale: the one place that maps pushes to refetches,
 * so components never subscribe to events just to reload data. A finished plan changes run
 * records, breaker states (health, dry-run) and the performance report — not the catalog or the
 * schema, which stay cached.
 */
export function invalidationsFor(event: StudioEvent): QueryKeyPrefix[] {
  switch (event.channel) {
    case 'store':
      return event.event.entity === 'configs'
        ? [['configs'], ['versions'], ['buckets']]
        : [[event.event.entity]];
    case 'planner':
      if (event.event.type === 'planning_completed') {
        return [['runs'], ['planner', 'planner.health'], ['planner', 'planner.performance'], ['planner', 'planner.dryRun']];
      }
      return event.event.type === 'configuration_changed' ? [['buckets'], ['planner', 'planner.health']] : [];
    case 'connection':
      return [[]]; // whatever changed while the stream was down: refetch every query in use
    default:
      return [];
  }
}

/**
 * Collects invalidations and flushes them at most once per `delayMs`, so a sweep of hundreds of
 * plans refetches each stale query once per burst instead of once per plan.
 */
export function createInvalidationBatcher(flush: (prefixes: QueryKeyPrefix[]) => void, delayMs = 300) {
  const pending = new Map<string, QueryKeyPrefix>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    add(prefixes: readonly QueryKeyPrefix[]): void {
      for (const prefix of prefixes) pending.set(JSON.stringify(prefix), prefix);
      if (timer !== null || pending.size === 0) return;
      timer = setTimeout(() => {
        timer = null;
        const batch = [...pending.values()];
        pending.clear();
        flush(batch);
      }, delayMs);
    },
    dispose(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending.clear();
    },
  };
}
