import { semanticDiff } from '../../../src-shared/config/semantic-diff';
import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { getVersion, listConfigs } from '../use-cases/configs';

export function configsHandlers(ctx: StudioContext): HandlersOf<'configs.list' | 'configs.get' | 'configs.diff'> {
  return {
    'configs.list': async () => listConfigs(ctx.store),
    'configs.get': async ({ id }) => getVersion(ctx.store, id),
    'configs.diff': async ({ oldToml, newToml }) => semanticDiff(oldToml, newToml, ctx.planner.catalog()),
  };
}
