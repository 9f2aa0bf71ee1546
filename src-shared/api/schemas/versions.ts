import { z } from 'zod';
import { configVersionSchema } from './configs';

/** One version in a config's history: everything but the TOML, plus the buckets using it now. */
export const versionEntrySchema = configVersionSchema
  .omit({ configToml: true, sourcePresetId: true, sourcePresetName: true })
  .extend({ buckets: z.array(z.string()) });
export type VersionEntry = z.infer<typeof versionEntrySchema>;
