import { StudioError } from '../../../src-shared/api/errors';
import type { RunRecord, RunSummary } from '../../../src-shared/api/schemas/runs';
import { findRun, insertRun, listRuns, type NewRunRow } from '../../store/repos/runs';
import type { StoreService } from './store-service';

/**
 * Records a finished run (dry-run, plan, A/B arm, sweep point) so it can be listed, compared and
 * re-run exactly. The planner-side use cases call this; the UI only reads runs.
 */
export function recordRun(store: StoreService, run: NewRunRow): RunSummary {
  store.db.write((sql) => insertRun(sql, run));
  store.changed('runs');
  return getRun(store, run.runId);
}

export function listRecentRuns(
  store: StoreService,
  filter: { kind?: RunSummary['kind']; groupId?: string; configId?: number; limit?: number } = {},
): RunSummary[] {
  return store.db.read((sql) => listRuns(sql, { ...filter, limit: filter.limit ?? 100 }));
}

export function getRun(store: StoreService, runId: string): RunRecord {
  const found = store.db.read((sql) => findRun(sql, runId));
  if (found === undefined) throw new StudioError('not_found', `No run with id "${runId}".`);
  return found;
}
