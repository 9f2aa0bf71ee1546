import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../sqljs';
import { migrate } from '../migrate';
import { createVersion, getVersion, historyOfName, restoreVersion } from '../../api/use-cases/configs';
import { openTestStore } from '../../api/use-cases/test-support';
import { sha256Hex } from '../hash';
import { STORE_FILES, StoreDatabase } from '../store-database';
import { migration001 } from './001-init';
import { migration002 } from './002-config-preset';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const toml = (depth: number) => `[planner]\nmax_depth = ${depth}\n`;

describe('migration 003: version texts stored once per content hash', () => {
  it('moves every text out of the version rows, recomputing hashes it was given wrong', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-003-'));
    const old = await StoreDatabase.open({ dataDir: dir, migrations: [migration001, migration002] });
    const insert = `INSERT INTO planner_configurations (name, title, config_toml, version, is_active, created_at, created_by, content_hash)
      VALUES (?, 'T', ?, ?, ?, '2026-01-01T00:00:00.000Z', 'old', ?)`;
    old.write((sql) => {
      sql.run(insert, ['a', toml(1), 1, 0, sha256Hex(toml(1))]);
      sql.run(insert, ['a', toml(1), 2, 0, sha256Hex(toml(1))]); // the same text twice
      sql.run(insert, ['a', toml(2), 3, 1, 'not-the-hash']); // a hash that does not match
      sql.run(insert, ['b', toml(3), 1, 1, 'not-the-hash']); // the same wrong hash, another text
      sql.run("INSERT INTO buckets (name, created_at) VALUES ('core', '2026-01-01T00:00:00.000Z')");
      sql.run(`INSERT INTO bucket_planner_configs (bucket_id, config_id, assigned_at, assigned_by, reason)
        VALUES (1, 2, '2026-01-01T00:00:00.000Z', 'old', 'assign')`);
    });
    old.close();

    const { store, cleanup } = await openTestStore({ seed: false, dataDir: dir });
    cleanups.push(cleanup);
    const texts = historyOfName(store, 'a').map((v) => getVersion(store, v.id)).map((v) => [v.version, v.configToml, v.contentHash]);
    expect(texts).toEqual([
      [3, toml(2), sha256Hex(toml(2))],
      [2, toml(1), sha256Hex(toml(1))],
      [1, toml(1), sha256Hex(toml(1))],
    ]);
    expect(getVersion(store, historyOfName(store, 'b')[0]!.id).configToml).toBe(toml(3));
    const stored = store.db.read((sql) => ({
      texts: sql.all('SELECT content_hash FROM config_texts').length,
      columns: sql.all("SELECT name FROM pragma_table_info('planner_configurations')").map((r) => r.name),
    }));
    expect(stored.texts).toBe(3);
    expect(stored.columns).not.toContain('config_toml');
    // References into the rebuilt table still hold, and new ids follow the old ones.
    expect(historyOfName(store, 'a').find((v) => v.version === 2)?.buckets).toEqual(['core']);
    expect(store.db.read((sql) => sql.all('PRAGMA foreign_key_check'))).toEqual([]);
    expect(createVersion(store, { name: 'a', toml: toml(7) }).id).toBe(5);
  });

  it('journals a text only the first time it is saved', async () => {
    const { store, cleanup } = await openTestStore({ seed: false });
    cleanups.push(cleanup);
    const big = `${toml(4)}# ${'x'.repeat(20_000)}\n`;
    const first = createVersion(store, { name: 'a', title: 'A', toml: big });
    createVersion(store, { name: 'a', toml: toml(5) });
    const before = store.db.journalBytes;
    const restored = restoreVersion(store, first.id);
    expect(store.db.journalBytes - before).toBeLessThan(2_000);
    expect(getVersion(store, restored.id)).toMatchObject({ configToml: big, contentHash: first.contentHash, version: 3 });
    expect(store.db.read((sql) => sql.all('SELECT 1 FROM config_texts').length)).toBe(2);
  });
});

describe('a schema upgrade and the backup', () => {
  it('falling back to the backup after an upgrade still reaches the saves made since', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-upgrade-'));
    const old = await StoreDatabase.open({ dataDir: dir, migrations: [migration001, migration002] });
    old.write((sql) =>
      sql.run(
        `INSERT INTO planner_configurations (name, title, config_toml, version, is_active, created_at, created_by, content_hash)
         VALUES ('a', 'A', ?, 1, 1, '2026-01-01T00:00:00.000Z', 'old', ?)`,
        [toml(1), sha256Hex(toml(1))],
      ),
    );
    old.close();

    const upgraded = await openTestStore({ seed: false, dataDir: dir });
    const saved = createVersion(upgraded.store, { name: 'a', toml: toml(2) }); // acknowledged, journaled
    fs.rmSync(path.join(dir, STORE_FILES.lock)); // the process died before closing
    fs.writeFileSync(path.join(dir, STORE_FILES.snapshot), 'not a database'); // and the snapshot is lost

    const { store, cleanup } = await openTestStore({ seed: false, dataDir: dir });
    cleanups.push(cleanup);
    expect(store.db.recovery?.usedBackup).toBe(true);
    expect(store.db.recovery?.messages.join(' ')).not.toMatch(/could not be applied/);
    expect(historyOfName(store, 'a').map((v) => v.version)).toEqual([2, 1]);
    expect(getVersion(store, saved.id).configToml).toBe(toml(2));
  });
});

describe('long texts', () => {
  it('read back the same after a replay of the journal as before it, lone surrogates included', async () => {
    const { store, dir, cleanup } = await openTestStore({ seed: false, validate: () => [] });
    cleanups.push(cleanup);
    const text = `${toml(3)}# broken pair \ud800 here, and a whole one \u{1F600}\n`;
    const saved = createVersion(store, { name: 'odd', title: 'Odd', toml: text });
    const live = getVersion(store, saved.id).configToml;
    expect(saved.configToml).toBe(live);
    expect(live).toBe(`${toml(3)}# broken pair \ufffd here, and a whole one \u{1F600}\n`);
    fs.rmSync(path.join(dir, STORE_FILES.lock)); // the process died: only the journal has the save
    const again = await openTestStore({ seed: false, dataDir: dir, validate: () => [] });
    cleanups.push(again.cleanup);
    expect(getVersion(again.store, saved.id).configToml).toBe(live);
  });
});

describe('migrate', () => {
  it('rolls back a migration that would leave broken references, and keeps foreign keys on', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('PRAGMA foreign_keys = ON');
    const parent = { id: 1, name: 'parent', sql: 'CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p_id INTEGER REFERENCES p(id)); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1);' };
    const breaking = { id: 2, name: 'breaking', sql: 'DROP TABLE p; CREATE TABLE p (id INTEGER PRIMARY KEY);' };
    expect(() => migrate(db, [parent, breaking])).toThrow(/Migration 2 \(breaking\) failed: it would leave 1 broken reference/);
    expect(db.exec('SELECT COUNT(*) FROM p')[0]!.values[0]![0]).toBe(1);
    expect(db.exec('SELECT id FROM schema_migrations')[0]!.values).toEqual([[1]]);
    expect(db.exec('PRAGMA foreign_keys')[0]!.values[0]![0]).toBe(1);
    db.close();
  });
});
