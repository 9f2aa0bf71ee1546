import { StudioError } from '../../../src-shared/api/errors';
import { MAX_TOML_BYTES } from '../../../src-shared/api/schemas/toml-text';

function refuse(fileName: string, why: string): never {
  throw new StudioError('invalid_file', `${fileName} ${why}`, { file: fileName });
}

function lineColumn(text: string, index: number): string {
  const before = text.slice(0, index).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** NUL bytes and other control characters that no text format here uses: a binary file. */
function checkNotBinary(fileName: string, text: string): void {
  const nul = text.indexOf('\0');
  if (nul >= 0) refuse(fileName, `is a binary file, not text (a NUL byte at ${lineColumn(text, nul)}).`);
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\x01-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (controls > 0 && controls * 100 > text.length) refuse(fileName, 'is a binary file, not text (it is full of control characters).');
}

/**
 * Bytes from disk (CLI, desktop dialogs): at most 5 MB, valid UTF-8, not binary. A UTF-8 byte
 * order mark is dropped. Returns the text.
 */
export function decodeImportBytes(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_TOML_BYTES) {
    refuse(fileName, `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; files over 5 MB are refused.`);
  }
  if (bytes.includes(0)) refuse(fileName, `is a binary file, not text (a NUL byte at offset ${bytes.indexOf(0)}).`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    refuse(fileName, 'is not UTF-8 text; save it as UTF-8 and import it again.');
  }
  checkNotBinary(fileName, text);
  return text;
}

/**
 * Text that already crossed the API (web upload read by the browser): the same limits; bytes
 * that were not UTF-8 arrive as U+FFFD replacement characters, which is how they are caught.
 */
export function checkImportText(fileName: string, text: string): void {
  if (Buffer.byteLength(text, 'utf8') > MAX_TOML_BYTES) refuse(fileName, 'is over 5 MB; files over 5 MB are refused.');
  checkNotBinary(fileName, text);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) refuse(fileName, `is not UTF-8 text (an invalid byte at ${lineColumn(text, bad)}); save it as UTF-8 and import it again.`);
}
