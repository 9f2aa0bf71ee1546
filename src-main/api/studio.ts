import fs from 'node:fs';
import type { HostKind } from '../../src-shared/api/methods/system';
import { EventBus } from './event-bus';
import type { StudioHandlers } from './handlers';
import { bucketsHandlers } from './handlers/buckets';
import { configsHandlers } from './handlers/configs';
import { dialogsHandlers } from './handlers/dialogs';
import { draftsHandlers } from './handlers/drafts';
import { filesHandlers } from './handlers/files';
import { plannerHandlers } from './handlers/planner';
import { portfoliosHandlers } from './handlers/portfolios';
import { presetsHandlers } from './handlers/presets';
import { runsHandlers } from './handlers/runs';
import { systemHandlers } from './handlers/system';
import { versionsHandlers } from './handlers/versions';
import { openStoreService } from './use-cases/store-service';
import type { Dialogs } from './ports';
import type { StudioContext } from './studio-context';
import { APP_VERSION } from '../platform/version';
import { PlannerService } from '../planner/service';
import { openPlannerOps, studioPluginFiles } from '../planner/ops/open-planner-ops';
import { plannerOpsHandlers } from './handlers/planner-ops';
import { currentConfigOfBucket } from './use-cases/buckets';

export interface StudioOptions {
  host: HostKind;
  dataDir: string;
  /** Native file dialogs (desktop); without them the dialogs.* calls answer `unavailable`. */
  dialogs?: Dialogs;
}

/** A running Studio: the transport-free API both hosts expose, its event bus, and shutdown. */
export interface Studio {
  handlers: StudioHandlers;
  events: EventBus;
  context: StudioContext;
  close(): Promise<void>;
}

export async function openStudio(options: StudioOptions): Promise<Studio> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const events = new EventBus();
  // Plugins load before anything validates, so their modules are known to the store's checks,
  // the catalog, the schema and completion from the first call on.
  const planner = new PlannerService({ pluginFiles: studioPluginFiles(options.dataDir) });
  await planner.pluginResults();
  const store = await openStoreService({
    dataDir: options.dataDir,
    validate: (toml) => planner.validate(toml).problems,
    changed: (entity) => events.publish({ channel: 'store', event: { entity } }),
  });
  const ops = openPlannerOps({ dataDir: options.dataDir, engine: planner });
  ops.events.subscribe((event) => events.publish({ channel: 'planner', event }));
  // a bucket pointed at another version: rebuild its cached planner now (configuration_changed)
  events.subscribe((event) => {
    if (event.channel !== 'store' || event.event.entity !== 'buckets') return;
    ops.refreshBuckets((bucket) => {
      try {
        return currentConfigOfBucket(store, bucket).configToml;
      } catch {
        return undefined;
      }
    });
  });
  const context: StudioContext = {
    host: options.host,
    appVersion: APP_VERSION,
    dataDir: options.dataDir,
    events,
    store,
    dialogs: options.dialogs,
    planner,
    ops,
  };
  const handlers: StudioHandlers = {
    ...configsHandlers(context),
    ...dialogsHandlers(context),
    ...systemHandlers(context),
    ...versionsHandlers(context),
    ...bucketsHandlers(context),
    ...presetsHandlers(context),
    ...portfoliosHandlers(context),
    ...runsHandlers(context),
    ...draftsHandlers(context),
    ...filesHandlers(context),
    ...plannerHandlers(context),
    ...plannerOpsHandlers(context),
  };
  for (const message of store.db.recovery?.messages ?? []) {
    events.announce({ channel: 'notice', event: { level: 'warning', message } });
  }
  return {
    handlers,
    events: context.events,
    context,
    // The planner first, so runs it cancels can still be recorded; the store closes even if that
    // fails, and a store that cannot close (disk full) no longer leaves the workers running.
    close: async () => {
      try {
        await context.planner.close();
      } finally {
        store.db.close();
      }
    },
  };
}
