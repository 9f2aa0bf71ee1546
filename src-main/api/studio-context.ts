import type { HostKind } from '../../src-shared/api/methods/system';
import type { EventBus } from './event-bus';
import type { StoreService } from './use-cases/store-service';

/** What the handlers share: the host's facts and the services they combine. */
export interface StudioContext {
  host: HostKind;
  appVersion: string;
  dataDir: string;
  events: EventBus;
  /** The config store (sql.js) with its validation port and change events wired. */
  store: StoreService;
}
