import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../../src-shared/api/events';
import { dispatch } from '../dispatch';
import { openStudio, type Studio } from '../studio';

let studio: Studio | undefined;
let dir: string | undefined;
afterEach(async () => {
  await studio?.close();
  if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, request: unknown): Promise<unknown> {
  const result = await dispatch(studio!.handlers, method, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('store API groups through openStudio', () => {
  it('saves a version, publishes a store event and survives a restart', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-store-'));
    studio = await openStudio({ host: 'web', dataDir: dir });
    const events: StudioEvent[] = [];
    studio.events.subscribe((e) => events.push(e));
    const created = (await call('versions.create', { name: 'default', toml: '[planner]\nmax_depth = 3\n', note: 'n' })) as {
      version: number;
      id: number;
    };
    expect(created.version).toBe(2);
    expect(events).toContainEqual({ channel: 'store', event: { entity: 'configs' } });
    await call('buckets.assign', { bucket: 'satellite', configId: created.id });
    await studio.close();

    studio = await openStudio({ host: 'web', dataDir: dir });
    const list = (await call('configs.list', {})) as { name: string; version: number; versionCount: number; buckets: string[] }[];
    expect(list.find((c) => c.name === 'default')).toMatchObject({ version: 2, versionCount: 2, buckets: ['core', 'satellite'] });
    const lane = (await call('buckets.lane', { bucket: 'core' })) as { reason: string }[];
    expect(lane.map((a) => a.reason)).toEqual(['seed']);
    const bad = await dispatch(studio.handlers, 'versions.create', { name: 'x', title: 'X', toml: '[a' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_config');
  });

  it('refuses each bad file kind through files.importText and leaves the store unchanged', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-files-'));
    studio = await openStudio({ host: 'web', dataDir: dir });
    const before = await call('configs.list', {});
    const seq = studio.context.store.db.journalSeq;
    const b64 = (bytes: number[] | Uint8Array) => Buffer.from(bytes).toString('base64');
    const cases: [unknown, string, RegExp][] = [
      [{ fileName: 'big.toml', base64: b64(new Uint8Array(5 * 1024 * 1024 + 1).fill(0x23)) }, 'invalid_file', /over 5 MB/],
      [{ fileName: 'img.png', base64: b64([0x89, 0x50, 0x4e, 0x47, 0, 0]) }, 'invalid_file', /binary/],
      [{ fileName: 'latin.toml', base64: b64([0x23, 0xe9, 0x0a]) }, 'invalid_file', /not UTF-8/],
      [{ fileName: 'bad.toml', text: '[planner\n' }, 'invalid_config', /bad\.toml is not a valid strategy at line 1/],
      [{ fileName: 'both.toml', text: 'a', base64: 'YQ==' }, 'bad_request', /exactly one of text or base64/],
    ];
    for (const [request, code, message] of cases) {
      const result = await dispatch(studio.handlers, 'files.importText', request);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await call('configs.list', {})).toEqual(before);
    expect(studio.context.store.db.journalSeq).toBe(seq);

    const exported = (await call('files.exportText', { id: 1 })) as { fileName: string; text: string };
    const imported = (await call('files.importText', { fileName: exported.fileName, base64: b64(Buffer.from(exported.text)) })) as {
      name: string;
      version: number;
    };
    expect(imported).toMatchObject({ name: 'default', version: 2 });
    const cloned = (await call('files.clone', { id: 1, newName: 'copy', newTitle: 'Copy' })) as { name: string; version: number };
    expect(cloned).toMatchObject({ name: 'copy', version: 1 });
  });

  it('answers configs.diff with the built-in catalog defaults', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-diff-'));
    studio = await openStudio({ host: 'web', dataDir: dir });
    const diff = (await call('configs.diff', {
      oldToml: '[planner]\nmax_depth = 7\n',
      newToml: '[planner]\n\n[filters.diversity]\nenabled = false\n',
    })) as { planner: unknown[]; modules: { name: string; toggled: string }[] };
    expect(diff.planner).toEqual([{ key: 'max_depth', change: 'removed', old: 7, new: null, default: 5, nowDefault: true, known: true }]);
    expect(diff.modules.map((m) => [m.name, m.toggled])).toEqual([['diversity', 'disabled']]);
  });

  it('tells every UI that connects after startup that the damaged database was replaced by its backup', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-recover-'));
    studio = await openStudio({ host: 'web', dataDir: dir });
    await call('versions.create', { name: 'default', toml: '[planner]\nmax_depth = 3\n' });
    await studio.close(); // snapshot holds v2, backup the first snapshot, old journal the save
    fs.writeFileSync(path.join(dir, 'studio.sqlite'), Buffer.alloc(4096, 7));
    studio = await openStudio({ host: 'web', dataDir: dir });
    const events: StudioEvent[] = [];
    studio.events.subscribe((e) => events.push(e));
    expect(events[0]).toEqual({
      channel: 'notice',
      event: { level: 'warning', message: 'The database file was damaged; Planner Studio opened its backup.' },
    });
    expect(studio.context.store.db.recovery?.usedBackup).toBe(true);
    const history = (await call('versions.history', { name: 'default' })) as { version: number }[];
    expect(history.map((v) => v.version)).toEqual([2, 1]);
  });
});
