import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import type { Dialogs } from '../ports';
import { openStudio } from '../studio';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'studio-dialogs-'));

describe('dialogs.* calls', () => {
  it('answer unavailable on a host without native dialogs, pointing to upload/download', async () => {
    const studio = await openStudio({ host: 'web', dataDir: tempDir() });
    const result = await dispatch(studio.handlers, 'dialogs.openToml', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(result.ok ? '' : result.error.message).toMatch(/upload and download/);
    await studio.close();
  });

  it('pass through to the injected dialogs and return what they give', async () => {
    const saved: Array<[string, string]> = [];
    const dialogs: Dialogs = {
      openToml: async () => ({ fileName: 'a.toml', path: '/x/a.toml', text: '[planner]\n' }),
      saveToml: async (name, text) => (saved.push([name, text]), { path: `/x/${name}` }),
      openRecent: async (p) => ({ fileName: 'b.toml', path: p, text: '' }),
    };
    const studio = await openStudio({ host: 'electron', dataDir: tempDir(), dialogs });
    expect(await dispatch(studio.handlers, 'dialogs.openToml', {})).toEqual({
      ok: true,
      value: { fileName: 'a.toml', path: '/x/a.toml', text: '[planner]\n' },
    });
    expect(await dispatch(studio.handlers, 'dialogs.saveToml', { suggestedName: 'c.toml', text: 'x = 1' })).toEqual({
      ok: true,
      value: { path: '/x/c.toml' },
    });
    expect(saved).toEqual([['c.toml', 'x = 1']]);
    await studio.close();
  });

  it('refuse an empty suggested name before the dialog opens', async () => {
    let opened = false;
    const dialogs: Dialogs = {
      openToml: async () => null,
      saveToml: async () => ((opened = true), null),
      openRecent: async () => ({ fileName: '', path: '', text: '' }),
    };
    const studio = await openStudio({ host: 'electron', dataDir: tempDir(), dialogs });
    const result = await dispatch(studio.handlers, 'dialogs.saveToml', { suggestedName: '', text: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request', field: 'suggestedName' } });
    expect(opened).toBe(false);
    await studio.close();
  });
});
