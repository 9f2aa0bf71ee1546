import { z } from 'zod';

export const presetTagSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'tags are 1-32 lowercase letters, digits or "-"');

export const presetSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  description: z.string(),
  author: z.string(),
  tags: z.array(z.string()),
  downloads: z.number().int(),
  rating: z.number().nullable(),
  createdAt: z.string(),
  builtin: z.boolean(),
});
export type PresetSummary = z.infer<typeof presetSummarySchema>;

export const presetSchema = presetSummarySchema.extend({ configToml: z.string() });
export type Preset = z.infer<typeof presetSchema>;

export const presetTagCountSchema = z.object({ tag: z.string(), count: z.number().int() });
