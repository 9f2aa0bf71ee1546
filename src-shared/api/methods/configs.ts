import { z } from 'zod';
import { tomlTextSchema } from '../schemas/toml-text';
import { method } from '../method';
import { configSummarySchema, configVersionSchema } from '../schemas/configs';
import { semanticDiffSchema } from '../schemas/semantic-diff';

export const configsMethods = {
  'configs.list': method(
    'Every config name with its active version, newest first within a name.',
    z.object({}).strict(),
    z.array(configSummarySchema),
  ),
  'configs.get': method(
    'One stored config version by id.',
    z.object({ id: z.number().int().positive() }).strict(),
    configVersionSchema,
  ),
  'configs.diff': method(
    'What a change means to the planner: modules on/off, parameters old → new with defaults, [planner] keys; cosmetic-only changes flagged.',
    z.object({ oldToml: tomlTextSchema, newToml: tomlTextSchema }).strict(),
    semanticDiffSchema,
  ),
} as const;
