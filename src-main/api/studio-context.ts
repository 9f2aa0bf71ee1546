import type { HostKind } from '../../src-shared/api/methods/system';
import type { EventBus } from './event-bus';
import type { PresetFileConfigs } from './preset-files';

/** What the handlers share: the host's facts and the services they combine. */
export interface StudioContext {
  host: HostKind;
  appVersion: string;
  dataDir: string;
  events: EventBus;
  configs: PresetFileConfigs;
}
