import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTomlFile } from './toml-file';

function write(name: string, content: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-toml-')), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('readTomlFile', () => {
  it('returns the text and file name, without a byte-order mark', async () => {
    const file = write('plan.toml', '\uFEFF[planner]\nbeam_width = 4\n');
    expect(await readTomlFile(file)).toEqual({ fileName: 'plan.toml', path: file, text: '[planner]\nbeam_width = 4\n' });
  });

  it('refuses a file over 5 MB, naming the size', async () => {
    const file = write('big.toml', Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    await expect(readTomlFile(file)).rejects.toMatchObject({ code: 'invalid_file', file, message: 'big.toml is 5.0 MB; files over 5 MB are refused.' });
  });

  it('accepts exactly 5 MB', async () => {
    const file = write('edge.toml', Buffer.alloc(5 * 1024 * 1024, 0x61));
    expect((await readTomlFile(file)).text.length).toBe(5 * 1024 * 1024);
  });

  it('refuses binary and non-UTF-8 content', async () => {
    await expect(readTomlFile(write('bin.toml', Buffer.from([0x61, 0x00, 0x62])))).rejects.toThrow('bin.toml is a binary file, not text (a NUL byte at offset 1).');
    await expect(readTomlFile(write('latin1.toml', Buffer.from([0x61, 0xe9, 0x0a])))).rejects.toMatchObject({ code: 'invalid_file', message: expect.stringMatching(/^latin1\.toml is not UTF-8 text/) });
  });

  it('refuses a missing path and a folder', async () => {
    await expect(readTomlFile('/nonexistent/x.toml')).rejects.toThrow('x.toml cannot be read (ENOENT).');
    await expect(readTomlFile(fs.mkdtempSync(path.join(os.tmpdir(), 'studio-dir-')))).rejects.toThrow(/is not a file/);
  });
});
