import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';

export function systemHandlers(ctx: StudioContext): HandlersOf<'system.info'> {
  return {
    'system.info': async () => ({
      appVersion: ctx.appVersion,
      host: ctx.host,
      dataDir: ctx.dataDir,
      platform: process.platform,
    }),
  };
}
