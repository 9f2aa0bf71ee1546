import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { createPreset, getPreset, listAllPresets, presetTags, usePreset } from '../use-cases/presets';

export function presetsHandlers(
  ctx: StudioContext,
): HandlersOf<'presets.list' | 'presets.get' | 'presets.create' | 'presets.use' | 'presets.tags'> {
  return {
    'presets.list': async ({ tag }) => listAllPresets(ctx.store, tag),
    'presets.get': async ({ id }) => getPreset(ctx.store, id),
    'presets.create': async (request) => createPreset(ctx.store, request),
    'presets.use': async ({ id }) => usePreset(ctx.store, id),
    'presets.tags': async () => presetTags(ctx.store),
  };
}
