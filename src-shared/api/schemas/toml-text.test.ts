import { describe, expect, it } from 'vitest';
import { MAX_TOML_TEXT_BYTES, tomlTextSchema, utf8Length } from './toml-text';

describe('utf8Length', () => {
  it('counts the bytes UTF-8 takes: 1 to 4 per code point, a lone surrogate as U+FFFD', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('𝄞')).toBe(4);
    expect(utf8Length('a\ud800b')).toBe(5);
    expect(utf8Length('\udc00')).toBe(3);
  });
});

describe('tomlTextSchema', () => {
  it('takes a text up to its byte limit and refuses one past it, counted in bytes, not characters', () => {
    expect(tomlTextSchema.safeParse('#'.repeat(MAX_TOML_TEXT_BYTES)).success).toBe(true);
    expect(tomlTextSchema.safeParse('#'.repeat(MAX_TOML_TEXT_BYTES + 1)).success).toBe(false);
    const wide = '€'.repeat(Math.floor(MAX_TOML_TEXT_BYTES / 3) + 1); // few characters, too many bytes
    expect(wide.length).toBeLessThan(MAX_TOML_TEXT_BYTES);
    expect(tomlTextSchema.safeParse(wide).error?.issues[0]?.message).toBe('a strategy text is limited to 5 MB (less 16 KB for its export header)');
  });
});
