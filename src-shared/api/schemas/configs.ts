import { z } from 'zod';

/** A stored version of a strategy file (`planner_configurations` row). */
export const configVersionSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string(),
  description: z.string(),
  configToml: z.string(),
  version: z.number().int(),
  isActive: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  parentVersionId: z.number().int().nullable(),
});
export type ConfigVersion = z.infer<typeof configVersionSchema>;

/** One config name in the list: its active version and the buckets using any of its versions. */
export const configSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string(),
  version: z.number().int(),
  versionCount: z.number().int(),
  updatedAt: z.string(),
  buckets: z.array(z.string()),
});
export type ConfigSummary = z.infer<typeof configSummarySchema>;
