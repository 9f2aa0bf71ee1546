import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { createVersion, getVersion, historyOfName, resolveVersionRef, restoreVersion } from '../use-cases/configs';

export function versionsHandlers(
  ctx: StudioContext,
): HandlersOf<'versions.history' | 'versions.create' | 'versions.restore' | 'versions.compare' | 'versions.resolve'> {
  return {
    'versions.history': async ({ name }) => historyOfName(ctx.store, name),
    'versions.create': async (request) => createVersion(ctx.store, request),
    'versions.restore': async ({ id, note }) => restoreVersion(ctx.store, id, note),
    'versions.compare': async ({ leftId, rightId }) => ({ left: getVersion(ctx.store, leftId), right: getVersion(ctx.store, rightId) }),
    'versions.resolve': async ({ ref }) => resolveVersionRef(ctx.store, ref),
  };
}
