import { z } from 'zod';
import { tomlTextSchema } from '../schemas/toml-text';
import { method } from '../method';
import { presetSchema, presetSummarySchema, presetTagCountSchema, presetTagSchema } from '../schemas/presets';

const id = z.number().int().positive();

export const presetsMethods = {
  'presets.list': method(
    'The preset library (built-in first), optionally only those with a tag.',
    z.object({ tag: z.string().optional() }).strict(),
    z.array(presetSummarySchema),
  ),
  'presets.get': method('One preset with its TOML.', z.object({ id }).strict(), presetSchema),
  'presets.create': method(
    'Add a validated strategy to the library.',
    z
      .object({
        name: z.string().trim().min(1).max(80),
        description: z.string().max(2000).default(''),
        toml: tomlTextSchema,
        tags: z.array(presetTagSchema).max(20).default([]),
        rating: z.number().min(0).max(5).nullable().optional(),
      })
      .strict(),
    presetSchema,
  ),
  'presets.use': method('Take a preset (counts a download) and return it with its TOML.', z.object({ id }).strict(), presetSchema),
  'presets.tags': method('Every tag in use, with how many presets carry it.', z.object({}).strict(), z.array(presetTagCountSchema)),
} as const;
