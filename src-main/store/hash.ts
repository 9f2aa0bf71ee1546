import { createHash } from 'node:crypto';

/** sha-256 (hex) of a text's UTF-8 bytes: the content hash of config versions and runs. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
