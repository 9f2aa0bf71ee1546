import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { getRun, listRecentRuns } from '../use-cases/runs';

export function runsHandlers(ctx: StudioContext): HandlersOf<'runs.list' | 'runs.get'> {
  return {
    'runs.list': async (filter) => listRecentRuns(ctx.store, filter),
    'runs.get': async ({ runId }) => getRun(ctx.store, runId),
  };
}
