import type { HostKind } from '../../src-shared/api/methods/system';
import type { PlannerOps } from '../planner/ops/planner-ops';
import type { PlannerService } from '../planner/service';
import type { EventBus } from './event-bus';
import type { Dialogs } from './ports';
import type { StoreService } from './use-cases/store-service';

/** What the handlers share: the host's facts and the services they combine. */
export interface StudioContext {
  host: HostKind;
  appVersion: string;
  dataDir: string;
  events: EventBus;
  /** Native file dialogs; only the desktop host has them. */
  dialogs?: Dialogs;
  /** The config store (sql.js) with its validation port and change events wired. */
  store: StoreService;
  /** The planner engine: catalog, validation, plans in worker threads. */
  planner: PlannerService;
  /** Around the planner: circuit breaker, caches, events, log, reports, dry-run, health, docs. */
  ops: PlannerOps;
}
