import { z } from 'zod';
import { tomlTextSchema } from '../schemas/toml-text';
import { method } from '../method';
import { draftSchema } from '../schemas/drafts';

const configName = z.string().min(1).max(80);

export const draftsMethods = {
  'drafts.get': method('The unsaved editor text of a config, if any.', z.object({ configName }).strict(), draftSchema.nullable()),
  'drafts.save': method(
    'Keep the editor text of a config as typed (not validated).',
    z
      .object({ configName, baseVersionId: z.number().int().positive().nullable(), text: tomlTextSchema })
      .strict(),
    draftSchema,
  ),
  'drafts.discard': method('Forget the unsaved text of a config.', z.object({ configName }).strict(), z.object({})),
} as const;
