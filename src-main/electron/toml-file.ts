import fs from 'node:fs/promises';
import path from 'node:path';
import { StudioError } from '../../src-shared/api/errors';
import type { OpenedTomlFile } from '../api/ports';
import { MAX_TOML_BYTES } from '../../src-shared/api/schemas/toml-text';
import { decodeImportBytes } from '../api/use-cases/import-checks';

/**
 * Reads a file the user picked in a dialog with the same checks as every import (over 5 MB,
 * binary, not UTF-8 → refused). The size is checked before reading, so a huge file is never
 * loaded into memory.
 */
export async function readTomlFile(filePath: string): Promise<OpenedTomlFile> {
  const fileName = path.basename(filePath);
  const refuse = (why: string): StudioError => new StudioError('invalid_file', `${fileName} ${why}`, { file: filePath });
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  if (!stat.isFile()) throw refuse('is not a file.');
  if (stat.size > MAX_TOML_BYTES) throw refuse(`is ${(stat.size / 1024 / 1024).toFixed(1)} MB; files over 5 MB are refused.`);
  return { fileName, path: filePath, text: decodeImportBytes(fileName, await fs.readFile(filePath)) };
}
