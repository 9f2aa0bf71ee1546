import { z } from 'zod';
import { method } from '../method';
import { configNameSchema, configTitleSchema, configVersionSchema, newConfigNameSchema } from '../schemas/configs';

export const filesMethods = {
  'files.importText': method(
    'Import a strategy file (header read when name/title are not given; validated; refused whole if invalid). ' +
      'Send the raw bytes as base64 when you have them, so encoding errors are caught exactly.',
    z
      .object({
        fileName: z.string().min(1).max(260),
        text: z.string().optional(),
        base64: z.string().optional(),
        name: configNameSchema.optional(),
        title: configTitleSchema.optional(),
      })
      .strict()
      .refine((r) => (r.text === undefined) !== (r.base64 === undefined), { message: 'give exactly one of text or base64', path: ['text'] }),
    configVersionSchema,
  ),
  'files.exportText': method(
    'A version as a file: the metadata header then the TOML (identical bytes for an unchanged version).',
    z.object({ id: z.number().int().positive() }).strict(),
    z.object({ fileName: z.string(), text: z.string() }),
  ),
  'files.clone': method(
    'Copy a version under a new name as its version 1.',
    z.object({ id: z.number().int().positive(), newName: newConfigNameSchema, newTitle: configTitleSchema }).strict(),
    configVersionSchema,
  ),
} as const;
