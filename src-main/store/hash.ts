import { hash } from 'node:crypto';

/** sha-256 (hex) of a text's UTF-8 bytes: the content hash of config versions and runs. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}
