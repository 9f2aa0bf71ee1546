import { z } from 'zod';
import { method } from '../method';
import { configSummarySchema, configVersionSchema } from '../schemas/configs';

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
} as const;
