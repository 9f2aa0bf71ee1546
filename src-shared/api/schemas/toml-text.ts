import { z } from 'zod';

/** The largest strategy file the app reads or writes (import, export, the dialogs): 5 MB. */
export const MAX_TOML_BYTES = 5 * 1024 * 1024;

/** Room for the metadata header an export writes before the text (name, title, description…). */
const EXPORT_HEADER_BYTES = 16 * 1024;

/** The largest strategy text: exported with its header it is still a file the app imports. */
export const MAX_TOML_TEXT_BYTES = MAX_TOML_BYTES - EXPORT_HEADER_BYTES;

/** The size of a text in UTF-8, as it is stored and written (a lone surrogate as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if ((unit & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point beyond the BMP
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function limitedText(maxBytes: number, message: string) {
  // The length check first: no UTF-8 text has fewer bytes than UTF-16 code units.
  return z.string().max(maxBytes, message).refine((text) => utf8Length(text) <= maxBytes, message);
}

/**
 * A strategy text in any call. Whatever can be imported can also be saved, validated, dry-run,
 * planned, compared and swept, and whatever can be saved can be exported and imported again.
 */
export const tomlTextSchema = limitedText(MAX_TOML_TEXT_BYTES, 'a strategy text is limited to 5 MB (less 16 KB for its export header)');

/** A whole strategy file, export header included. */
export const tomlFileTextSchema = limitedText(MAX_TOML_BYTES, 'a strategy file is limited to 5 MB');
