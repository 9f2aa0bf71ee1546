import { catalogToJsonSchema } from '../../../src-shared/config/json-schema';
import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';

/** The planner basics. Each waits for plugin loading, so plugin modules are always included. */
export function plannerHandlers(ctx: StudioContext): HandlersOf<'planner.catalog' | 'planner.schema' | 'planner.validate'> {
  return {
    'planner.catalog': async () => {
      await ctx.planner.pluginResults();
      return ctx.planner.catalog();
    },
    'planner.schema': async () => {
      await ctx.planner.pluginResults();
      return catalogToJsonSchema(ctx.planner.catalog()) as Record<string, unknown>;
    },
    'planner.validate': async ({ toml }) => {
      await ctx.planner.pluginResults();
      return { problems: ctx.planner.validate(toml).problems };
    },
  };
}
