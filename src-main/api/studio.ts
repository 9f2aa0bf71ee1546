import fs from 'node:fs';
import type { HostKind } from '../../src-shared/api/methods/system';
import { EventBus } from './event-bus';
import type { StudioHandlers } from './handlers';
import { configsHandlers } from './handlers/configs';
import { systemHandlers } from './handlers/system';
import { PresetFileConfigs } from './preset-files';
import type { StudioContext } from './studio-context';
import { APP_VERSION } from '../platform/version';

export interface StudioOptions {
  host: HostKind;
  dataDir: string;
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
  const context: StudioContext = {
    host: options.host,
    appVersion: APP_VERSION,
    dataDir: options.dataDir,
    events: new EventBus(),
    configs: new PresetFileConfigs(),
  };
  const handlers: StudioHandlers = {
    ...configsHandlers(context),
    ...systemHandlers(context),
  };
  return { handlers, events: context.events, context, close: async () => {} };
}
