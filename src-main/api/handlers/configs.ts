import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { getVersion, listConfigs } from '../use-cases/configs';

export function configsHandlers(ctx: StudioContext): HandlersOf<'configs.list' | 'configs.get'> {
  return {
    'configs.list': async () => listConfigs(ctx.store),
    'configs.get': async ({ id }) => getVersion(ctx.store, id),
  };
}
