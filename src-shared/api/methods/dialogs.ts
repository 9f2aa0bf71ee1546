import { z } from 'zod';
import { tomlFileTextSchema } from '../schemas/toml-text';
import { method } from '../method';

export const openedTomlFileSchema = z.object({ fileName: z.string(), path: z.string(), text: z.string() });
export type OpenedTomlFileData = z.infer<typeof openedTomlFileSchema>;

export const dialogsMethods = {
  'dialogs.openToml': method(
    'Desktop only: a native open dialog for a TOML file; null when cancelled. The web UI uploads instead.',
    z.object({}).strict(),
    openedTomlFileSchema.nullable(),
  ),
  'dialogs.saveToml': method(
    'Desktop only: a native save dialog, then writes the text; null when cancelled. The web UI downloads instead.',
    z
      .object({
        suggestedName: z.string().min(1).max(255),
        text: tomlFileTextSchema,
      })
      .strict(),
    z.object({ path: z.string() }).nullable(),
  ),
  'dialogs.openRecent': method(
    'Desktop only: reads a file from the recent-files list (File > Open Recent).',
    z.object({ path: z.string().min(1).max(4096) }).strict(),
    openedTomlFileSchema,
  ),
} as const;
