import { z } from 'zod';

/** One version in a config's history: everything but the TOML, plus the buckets using it now. */
export const versionEntrySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  title: z.string(),
  description: z.string(),
  version: z.number().int(),
  isActive: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string(),
  parentVersionId: z.number().int().nullable(),
  note: z.string(),
  contentHash: z.string(),
  buckets: z.array(z.string()),
});
export type VersionEntry = z.infer<typeof versionEntrySchema>;
