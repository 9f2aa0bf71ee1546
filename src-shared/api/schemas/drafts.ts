import { z } from 'zod';

/** Unsaved editor text of one config, kept as the user types so a crash loses no typing. */
export const draftSchema = z.object({
  configName: z.string(),
  baseVersionId: z.number().int().nullable(),
  text: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof draftSchema>;
