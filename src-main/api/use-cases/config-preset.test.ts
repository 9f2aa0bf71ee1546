import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FILES, StoreDatabase } from '../../store/store-database';
import { migration001 } from '../../store/migrations/001-init';
import { migrations } from '../../store/migrations/index';
import { cloneVersion, createVersion, getActive, getVersion, restoreVersion } from './configs';
import { createPreset } from './presets';
import { openTestStore } from './test-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
async function fresh(dataDir?: string) {
  const t = await openTestStore({ seed: false, ...(dataDir === undefined ? {} : { dataDir }) });
  cleanups.push(t.cleanup);
  return t;
}
const toml = (depth: number) => `[planner]\nmax_depth = ${depth}\n`;

describe('the preset a config was created from', () => {
  it('is recorded on the first version and read back with its name', async () => {
    const { store } = await fresh();
    const preset = createPreset(store, { name: 'deep', description: 'Deep search', toml: toml(9), tags: [] });
    const v1 = createVersion(store, { name: 'mine', title: 'Mine', toml: toml(9), parentVersionId: null, sourcePresetId: preset.id });
    expect(v1).toMatchObject({ sourcePresetId: preset.id, sourcePresetName: 'deep' });
    expect(getVersion(store, v1.id)).toEqual(v1);
  });

  it('is kept by later versions and by a restore, whatever the text becomes', async () => {
    const { store } = await fresh();
    const preset = createPreset(store, { name: 'deep', description: '', toml: toml(9), tags: [] });
    const v1 = createVersion(store, { name: 'mine', title: 'Mine', toml: toml(9), sourcePresetId: preset.id });
    const v2 = createVersion(store, { name: 'mine', toml: toml(3) });
    const v3 = restoreVersion(store, v1.id);
    for (const v of [v2, v3, getVersion(store, v2.id), getActive(store, 'mine')]) {
      expect([v.sourcePresetId, v.sourcePresetName]).toEqual([preset.id, 'deep']);
    }
  });

  it('is not carried to a clone, nor set on a config typed from scratch', async () => {
    const { store } = await fresh();
    const preset = createPreset(store, { name: 'deep', description: '', toml: toml(9), tags: [] });
    const source = createVersion(store, { name: 'mine', title: 'Mine', toml: toml(9), sourcePresetId: preset.id });
    const clone = cloneVersion(store, source.id, 'copy', 'Copy');
    expect([clone.sourcePresetId, clone.sourcePresetName]).toEqual([null, null]);
    expect(getVersion(store, clone.id).sourcePresetId).toBeNull();
    expect(createVersion(store, { name: 'plain', title: 'Plain', toml: toml(1) }).sourcePresetId).toBeNull();
  });

  it('refuses a preset id that does not exist and stores nothing', async () => {
    const { store } = await fresh();
    expect(() => createVersion(store, { name: 'x', title: 'X', toml: toml(1), sourcePresetId: 42 })).toThrow(/No preset with id 42/);
    expect(store.db.journalSeq).toBe(0);
  });

  it('is null on the versions of a database made before the column existed, which then records presets', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-old-'));
    const old = await StoreDatabase.open({ dataDir: dir, migrations: [migration001] });
    const insert = `INSERT INTO planner_configurations (name, title, config_toml, version, is_active, created_at, created_by, content_hash)
      VALUES (?, ?, ?, ?, 1, '2026-01-01T00:00:00.000Z', 'old', 'h')`;
    old.write((sql) => sql.run(insert, ['in-snapshot', 'S', toml(1), 1]));
    old.compact();
    // This one only in the journal (the process died): replayed on the old schema, then migrated.
    old.write((sql) => sql.run(insert, ['in-journal', 'J', toml(2), 1]));
    fs.rmSync(path.join(dir, STORE_FILES.lock));

    const { store } = await fresh(dir);
    const applied = store.db.read((sql) => sql.all('SELECT id FROM schema_migrations ORDER BY id').map((r) => r.id));
    expect(applied).toEqual(migrations.map((m) => m.id)); // every later migration ran on the old data
    expect(getActive(store, 'in-snapshot')).toMatchObject({ configToml: toml(1), sourcePresetId: null, sourcePresetName: null });
    expect(getActive(store, 'in-journal')).toMatchObject({ configToml: toml(2), sourcePresetId: null, sourcePresetName: null });
    const preset = createPreset(store, { name: 'p', description: '', toml: toml(5), tags: [] });
    expect(createVersion(store, { name: 'new', title: 'New', toml: toml(5), sourcePresetId: preset.id }).sourcePresetName).toBe('p');
  });
});
