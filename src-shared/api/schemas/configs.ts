import { z } from 'zod';

/**
 * A config name: what the CLI and the files use to refer to a config (`name@version`), so it is
 * a short slug without `@`, spaces or path separators.
 */
export const configNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/, 'use 1-80 letters, digits, "_", "-" or "." (starting with a letter or digit)');

/**
 * A name a new config may take: not only digits, since references read "12" as the version with
 * id 12 (names already stored that way stay usable as "2024@1").
 */
export const newConfigNameSchema = configNameSchema.refine((name) => !/^\d+$/.test(name), {
  message: 'add a letter: a name of only digits would read as a version id',
});

/** A version's description (kept short: it is also a line of every export's header). */
export const configDescriptionSchema = z.string().max(2000, 'a description is limited to 2,000 characters');

export const configTitleSchema = z.string().trim().min(1, 'a title is required').max(200);

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
  /** What changed and why, written at save time. */
  note: z.string(),
  /** sha-256 (hex) of `configToml`. */
  contentHash: z.string(),
  /** The preset the config was created from (kept by its later versions, not by clones). */
  sourcePresetId: z.number().int().nullable(),
  sourcePresetName: z.string().nullable(),
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
