import { StudioError } from '../../../src-shared/api/errors';
import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';

export function configsHandlers(ctx: StudioContext): HandlersOf<'configs.list' | 'configs.get'> {
  return {
    'configs.list': async () =>
      ctx.configs.list().map((c) => ({
        id: c.id,
        name: c.name,
        title: c.title,
        version: c.version,
        versionCount: 1,
        updatedAt: c.createdAt,
        buckets: [],
      })),
    'configs.get': async ({ id }) => {
      const found = ctx.configs.get(id);
      if (!found) throw new StudioError('not_found', `No config version with id ${id}.`);
      return found;
    },
  };
}
