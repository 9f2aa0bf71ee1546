import { z } from 'zod';
import { tomlTextSchema } from '../schemas/toml-text';
import { method } from '../method';
import { configDescriptionSchema, configNameSchema, configTitleSchema, configVersionSchema } from '../schemas/configs';
import { versionEntrySchema } from '../schemas/versions';

const id = z.number().int().positive();

export const versionsMethods = {
  'versions.history': method(
    'Every version of a config name, newest first, with the buckets using each now (no TOML).',
    z.object({ name: z.string().min(1) }).strict(),
    z.array(versionEntrySchema),
  ),
  'versions.create': method(
    'Save: validate the text and store it as the next version of the name (active; parent = the version edited, default the active one; source preset = the one given, default the parent\'s).',
    z
      .object({
        name: configNameSchema,
        toml: tomlTextSchema,
        title: configTitleSchema.optional(),
        description: configDescriptionSchema.optional(),
        note: z.string().max(2000).optional(),
        parentVersionId: id.nullable().optional(),
        /** The preset this text was taken from; omitted: the parent's (null: none). */
        sourcePresetId: id.nullable().optional(),
      })
      .strict(),
    configVersionSchema,
  ),
  'versions.restore': method(
    'Store an old version\'s content as the newest version of its name, with the old one as parent.',
    z.object({ id, note: z.string().max(2000).optional() }).strict(),
    configVersionSchema,
  ),
  'versions.compare': method(
    'Both sides of a comparison of two stored versions, with their TOML.',
    z.object({ leftId: id, rightId: id }).strict(),
    z.object({ left: configVersionSchema, right: configVersionSchema }),
  ),
  'versions.resolve': method(
    'The version a reference names: an id, a name (its active version) or name@version.',
    z.object({ ref: z.string().min(1) }).strict(),
    configVersionSchema,
  ),
} as const;
