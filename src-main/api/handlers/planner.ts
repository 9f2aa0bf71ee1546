import { catalogToJsonSchema } from '../../../src-shared/config/json-schema';
import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';

export function plannerHandlers(ctx: StudioContext): HandlersOf<'planner.catalog' | 'planner.schema' | 'planner.validate'> {
  return {
    'planner.catalog': async () => ctx.planner.catalog(),
    'planner.schema': async () => catalogToJsonSchema(ctx.planner.catalog()) as Record<string, unknown>,
    'planner.validate': async ({ toml }) => ({ problems: ctx.planner.validate(toml).problems }),
  };
}
