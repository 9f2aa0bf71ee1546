import fs from 'node:fs/promises';
import path from 'node:path';
import { StudioError } from '../../src-shared/api/errors';
import { MAX_TOML_BYTES } from '../../src-shared/api/methods/dialogs';
import type { OpenedTomlFile } from '../api/ports';

/**
 * Reads a file the user picked as TOML text, refusing what cannot be a strategy file: over
 * 5 MB, binary (a NUL byte), or not valid UTF-8. A leading byte-order mark is dropped.
 */
export async function readTomlFile(filePath: string): Promise<OpenedTomlFile> {
  const fileName = path.basename(filePath);
  const refuse = (why: string): StudioError => new StudioError('invalid_file', `${fileName}: ${why}`, { file: filePath });
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  if (!stat.isFile()) throw refuse('is not a file.');
  if (stat.size > MAX_TOML_BYTES) throw refuse(`is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`);
  const bytes = await fs.readFile(filePath);
  if (bytes.includes(0)) throw refuse('is a binary file, not TOML text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('is not UTF-8 text.');
  }
  return { fileName, path: filePath, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}
