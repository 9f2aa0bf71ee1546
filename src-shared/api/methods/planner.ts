import { z } from 'zod';
import { method } from '../method';
import { moduleCatalogSchema } from '../schemas/modules';
import { configProblemSchema } from '../schemas/problems';

export const plannerMethods = {
  'planner.catalog': method(
    'Every planner module (built-ins and plugins) with its metadata and parameter specs, and the [planner] keys.',
    z.object({}).strict(),
    moduleCatalogSchema,
  ),
  'planner.schema': method(
    'The JSON Schema of strategy files, generated from the catalog (the editor\'s completion, hover and diagnostics use it).',
    z.object({}).strict(),
    z.record(z.unknown()),
  ),
  'planner.validate': method(
    'Every problem of a strategy text, each with its TOML path and line/column.',
    z.object({ toml: z.string().max(1_000_000) }).strict(),
    z.object({ problems: z.array(configProblemSchema) }),
  ),
} as const;
