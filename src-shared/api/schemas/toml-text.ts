import { z } from 'zod';

/** The largest strategy file the app reads or writes (import, export, the dialogs): 5 MB. */
export const MAX_TOML_BYTES = 5 * 1024 * 1024;

/**
 * A strategy text in any call. A 5 MB file has at most that many characters, so whatever can be
 * imported can also be saved, validated, dry-run, planned, compared and swept.
 */
export const tomlTextSchema = z.string().max(MAX_TOML_BYTES, 'a strategy text is limited to 5 MB');
