import type { StudioEvent } from '../../src-shared/api/events';

/**
 * Which cached query groups a pushed event makes stale: the one place that maps pushes to
 * refetches, so components never subscribe to events just to reload data.
 */
export function invalidationsFor(event: StudioEvent): string[] {
  switch (event.channel) {
    case 'store':
      return event.event.entity === 'configs' ? ['configs', 'versions', 'buckets'] : [event.event.entity];
    case 'planner':
      return event.event.type === 'planning_completed' ? ['runs', 'planner'] : [];
    default:
      return [];
  }
}
