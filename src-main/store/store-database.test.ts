import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORE_FILES, StoreDatabase } from './store-database';
import { migration001 } from './migrations/001-init';
import { migrations } from './migrations/index';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-db-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function addBucket(store: StoreDatabase, name: string): void {
  store.write((sql) => sql.run('INSERT INTO buckets (name, created_at) VALUES (?, ?)', [name, '2026-01-01T00:00:00.000Z']));
}
function bucketNames(store: StoreDatabase): string[] {
  return store.read((sql) => sql.all('SELECT name FROM buckets ORDER BY id').map((r) => String(r.name)));
}
/** Simulates a process that died without closing: the files stay as they are on disk. */
function abandon(dir: string): void {
  fs.rmSync(path.join(dir, STORE_FILES.lock));
}

describe('StoreDatabase', () => {
  it('creates a snapshot on first open and keeps committed writes across a close', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    expect(fs.existsSync(path.join(dir, STORE_FILES.snapshot))).toBe(true);
    addBucket(store, 'a');
    addBucket(store, 'b');
    store.close();
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(bucketNames(again)).toEqual(['a', 'b']);
    expect(again.recovery).toBeNull();
    again.close();
  });

  it('journals each commit before returning, so an unclosed store loses nothing', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    addBucket(store, 'b');
    expect(store.journalSeq).toBe(2);
    abandon(dir);
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(bucketNames(again)).toEqual(['a', 'b']);
    expect(again.journalSeq).toBe(2);
    again.close();
  });

  it('rolls a failing transaction back and journals nothing', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    expect(() =>
      store.write((sql) => {
        sql.run('INSERT INTO buckets (name, created_at) VALUES (?, ?)', ['b', 'now']);
        sql.run('INSERT INTO buckets (name, created_at) VALUES (?, ?)', ['a', 'now']); // UNIQUE violation
      }),
    ).toThrow(/UNIQUE/);
    expect(bucketNames(store)).toEqual(['a']);
    expect(store.journalSeq).toBe(1);
    abandon(dir);
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(bucketNames(again)).toEqual(['a']);
    again.close();
  });

  it('drops a torn journal tail and appends after the last whole record', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    abandon(dir);
    const journal = path.join(dir, STORE_FILES.journal);
    const validBytes = fs.statSync(journal).size;
    fs.appendFileSync(journal, Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 123, 34])); // a record cut short
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(bucketNames(again)).toEqual(['a']);
    // The replay was folded into a snapshot; the cut record is gone with the retired journal.
    expect(fs.existsSync(journal) ? fs.statSync(journal).size : 0).toBe(0);
    expect(fs.statSync(path.join(dir, STORE_FILES.oldJournal)).size).toBe(validBytes);
    addBucket(again, 'b');
    abandon(dir);
    const third = await StoreDatabase.open({ dataDir: dir });
    expect(bucketNames(third)).toEqual(['a', 'b']);
    third.close();
  });

  it.each([
    ['truncated', (file: string) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['garbage', (file: string) => fs.writeFileSync(file, Buffer.alloc(8192, 0x5a))],
    ['empty', (file: string) => fs.writeFileSync(file, '')],
  ])('opens the backup when the database file is %s, and reports it', async (_kind, damage) => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    store.compact(); // snapshot with a; backup = the empty first snapshot; old journal has a
    addBucket(store, 'b');
    for (let i = 0; i < 300; i++) addBucket(store, `filler${i}`); // several pages, so truncation bites
    store.compact();
    addBucket(store, 'c');
    abandon(dir);
    damage(path.join(dir, STORE_FILES.snapshot));
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(again.recovery?.usedBackup).toBe(true);
    expect(again.recovery?.messages[0]).toMatch(/damaged.*backup/);
    const names = bucketNames(again);
    expect(names.slice(0, 2)).toEqual(['a', 'b']);
    expect(names.at(-1)).toBe('c');
    expect(names).toHaveLength(303);
    expect(fs.readdirSync(dir).some((f) => f.startsWith(`${STORE_FILES.snapshot}.damaged-`))).toBe(true);
    again.close();
    const third = await StoreDatabase.open({ dataDir: dir });
    expect(third.recovery).toBeNull();
    expect(bucketNames(third)).toHaveLength(303);
    third.close();
  });

  it('opens the backup when the database file is missing, and says so', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    store.close();
    fs.rmSync(path.join(dir, STORE_FILES.snapshot));
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(again.recovery?.messages).toEqual(['The database file was missing; Planner Studio opened its backup.']);
    expect(bucketNames(again)).toEqual(['a']);
    again.close();
  });

  it('rebuilds from the journal when the file and its backup are both unreadable', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    addBucket(store, 'b');
    abandon(dir);
    fs.writeFileSync(path.join(dir, STORE_FILES.snapshot), 'garbage');
    fs.writeFileSync(path.join(dir, STORE_FILES.backup), 'garbage');
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(again.recovery?.usedBackup).toBe(false);
    expect(again.recovery?.messages[0]).toBe('The database file and its backup could not be read; Planner Studio rebuilt what the journal holds.');
    expect(bucketNames(again)).toEqual(['a', 'b']);
    again.close();
  });

  it('keeps journal records it cannot apply aside instead of retiring them', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    addBucket(store, 'a');
    store.compact();
    addBucket(store, 'b');
    store.compact();
    addBucket(store, 'c');
    abandon(dir);
    fs.writeFileSync(path.join(dir, STORE_FILES.snapshot), 'garbage');
    fs.writeFileSync(path.join(dir, STORE_FILES.backup), 'garbage');
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(again.recovery?.messages).toContain('Journal records from 2 on could not be applied: record 1 is missing.');
    expect(bucketNames(again)).toEqual([]);
    const kept = fs.readdirSync(dir).filter((f) => f.includes('.unapplied-')).sort();
    expect(kept.map((f) => f.replace(/-\d.*$/, ''))).toEqual(['studio.journal.bak.unapplied', 'studio.journal.unapplied']);
    again.close();
  });

  it('compacts once the journal passes its threshold', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir, compactBytes: 4096 });
    for (let i = 0; i < 40; i++) addBucket(store, `b${i}`);
    expect(store.journalBytes).toBeGreaterThan(4096);
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.journalBytes).toBe(0);
    addBucket(store, 'last');
    abandon(dir);
    const again = await StoreDatabase.open({ dataDir: dir });
    expect(bucketNames(again)).toHaveLength(41);
    again.close();
  });

  it('refuses a database whose applied migration was edited', async () => {
    const dir = tempDir();
    (await StoreDatabase.open({ dataDir: dir })).close();
    const edited = { ...migration001, sql: `${migration001.sql}\n-- edited` };
    const list = migrations.map((m) => (m.id === 1 ? edited : m));
    await expect(StoreDatabase.open({ dataDir: dir, migrations: list })).rejects.toThrow(/Migration 1 \(init\) was changed/);
  });

  it('refuses a database migrated by a newer version (a migration the code does not know)', async () => {
    const dir = tempDir();
    (await StoreDatabase.open({ dataDir: dir })).close();
    await expect(StoreDatabase.open({ dataDir: dir, migrations: [migration001] })).rejects.toThrow(/migration 2 is unknown/);
  });

  it('keeps a second process out of an open data folder', async () => {
    const dir = tempDir();
    const store = await StoreDatabase.open({ dataDir: dir });
    fs.writeFileSync(path.join(dir, STORE_FILES.lock), String(process.ppid)); // a live other process
    await expect(StoreDatabase.open({ dataDir: dir })).rejects.toThrow(/in use by another Planner Studio process/);
    fs.writeFileSync(path.join(dir, STORE_FILES.lock), String(process.pid));
    store.close();
  });

  it('loses no acknowledged write when the process is SIGKILLed mid-save', async () => {
    for (const killAfter of [40, 170]) {
      const dir = tempDir();
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'test-fixtures', 'crash-writer.ts'), dir, '30000'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let acked = 0;
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await new Promise<void>((resolve) => {
        let buffered = '';
        child.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) acked = Math.max(acked, Number(line.slice(4)));
          if (acked >= killAfter && child.exitCode === null && !child.killed) child.kill('SIGKILL');
        });
        child.on('close', () => resolve());
      });
      expect(stderr).toBe('');
      expect(acked).toBeGreaterThanOrEqual(killAfter);
      const store = await StoreDatabase.open({ dataDir: dir });
      const names = bucketNames(store);
      // Every acknowledged row is there, in order, with nothing invented after the last one.
      expect(names.length).toBeGreaterThanOrEqual(acked);
      expect(names.length).toBeLessThanOrEqual(acked + 1);
      expect(names.slice(0, acked)).toEqual(Array.from({ length: acked }, (_, i) => `b${i + 1}`));
      expect(store.read((sql) => sql.get('PRAGMA integrity_check'))).toEqual({ integrity_check: 'ok' });
      expect(store.recovery).toBeNull();
      store.close();
    }
  });
});
