import { describe, expect, it } from 'vitest';
import { decodeUtf8, nameFromFileName, toBase64 } from './picked-file';

describe('toBase64', () => {
  it('encodes bytes as base64', () => {
    expect(toBase64(new TextEncoder().encode('a = 1\n'))).toBe('YSA9IDEK');
  });
  it('encodes more than one chunk the same as one pass', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const decoded = Uint8Array.from(atob(toBase64(bytes)), (c) => c.charCodeAt(0));
    expect(decoded).toEqual(bytes);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 and refuses invalid bytes', () => {
    expect(decodeUtf8(new Uint8Array([0x63, 0xc3, 0xa9]))).toBe('cé');
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
  });
});

describe('nameFromFileName', () => {
  it('drops the folder, extension and version suffix and keeps a valid name', () => {
    expect(nameFromFileName('C:\\exports\\aggressive-v3.toml')).toBe('aggressive');
    expect(nameFromFileName('/tmp/My Strategy (2).TOML')).toBe('My-Strategy-2-');
    expect(nameFromFileName('__x.toml')).toBe('x');
  });
});
