/**
 * The store's persistence: an in-memory sql.js database made durable by a SNAPSHOT + a
 * WRITE-AHEAD JOURNAL in the data folder.
 *
 * Why not rewrite the whole file per save (DESIGN.md's first plan): sql.js can only persist by
 * exporting the entire database, and TOOLCHAIN.md measured export + atomic write at ~0.35 s for
 * 50 MB, i.e. 10,000 versions of 5 KB; saves must stay under 100 ms there. So:
 *
 * - `studio.sqlite` is a snapshot, replaced atomically (temp file, fsync, rename, fsync folder);
 *   the snapshot it replaces stays as `studio.sqlite.bak` (a hard link, not a copy).
 * - Every committed write transaction appends ONE record to `studio.journal` — length, CRC-32
 *   and the JSON of each statement with its bound parameters — and fdatasyncs it before the
 *   transaction commits in memory and the call returns. If the append fails, the transaction is
 *   rolled back in memory and the caller gets the error: nothing is acknowledged that is not on
 *   disk. Statements are deterministic (timestamps are parameters), so replaying them rebuilds
 *   the same rows and ids.
 * - Records carry a sequence number; a snapshot stores the last one it contains in
 *   `store_meta` (written by the compaction that exports it), so replay skips records already
 *   in it (idempotent after a crash between writing a snapshot and retiring the journal).
 * - Open: load the snapshot and prove it whole (snapshot.ts); if it is damaged, set it aside as
 *   `studio.sqlite.damaged-<time>`, load the backup instead and report it (`recovery`). Then
 *   replay `studio.journal.bak` and `studio.journal` in sequence order. A torn or
 *   checksum-failing tail was never acknowledged: it is dropped.
 * - Compaction (journal over `compactBytes`, after open when records were replayed, on close):
 *   write a new snapshot, then rename the journal to `studio.journal.bak`. The backup snapshot
 *   plus that old journal still reach the newest state, which is what makes falling back to
 *   the backup lose nothing. Compaction triggered by size runs on the next turn of the event
 *   loop, after the save that crossed the threshold has returned.
 * - Writes never interleave: `write()` is synchronous from BEGIN to the journal's fsync, so in
 *   one JavaScript thread the event loop itself is the serialized queue. A lock file keeps
 *   other processes out of the folder.
 *
 * `db.export()` (sql.js 1.16: the backup API) keeps prepared statements and PRAGMAs, so the
 * statement cache lives as long as the connection.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database, SqlJsStatic, Statement } from 'sql.js';
import { replaceFileDurably, renameWithRetry, fsyncDir } from './durable-file';
import { JournalWriter, readJournal, type JournalRecord, type JournalStatement, type SqlValue } from './journal';
import { acquireLock } from './lock';
import { migrate } from './migrate';
import { migrations as allMigrations, type Migration } from './migrations/index';
import { DamagedSnapshotError, loadSnapshot } from './snapshot';
import { loadSqlJs } from './sqljs';

export type Row = Record<string, SqlValue>;

/** Read access inside `read()` or `write()`. */
export interface SqlReader {
  all(sql: string, params?: readonly SqlValue[]): Row[];
  get(sql: string, params?: readonly SqlValue[]): Row | undefined;
}

/**
 * A long text bound as its UTF-8 bytes. sql.js encodes a string parameter in a JavaScript loop
 * (~0.05 ms for 5 KB, a tenth of a save); Node encodes natively. Bytes bind as a BLOB, so the
 * statement must read the parameter as `CAST(? AS TEXT)`; the journal keeps the string. Lone
 * surrogates become U+FFFD first, as UTF-8 stores them, so a replay binds the same bytes.
 */
export class LongText {
  readonly text: string;
  constructor(text: string) {
    this.text = text.toWellFormed();
  }
}

const LONG_TEXT_SQL = 'CAST(? AS TEXT)';
/** Statements whose `changes()` count tells whether they did anything (DDL leaves it stale). */
const DATA_CHANGE = /^\s*(INSERT|UPDATE|DELETE)\b/i;

/** Write access inside `write()`: every `run` that changes something is journaled. */
export interface SqlWriter extends SqlReader {
  run(sql: string, params?: readonly (SqlValue | LongText)[]): void;
  /** The rowid of the last INSERT of this transaction. */
  lastInsertId(): number;
}

/** What open had to repair; the health check reads it and the user is told. */
export interface StoreRecovery {
  usedBackup: boolean;
  messages: string[];
}

export interface StoreDatabaseOptions {
  dataDir: string;
  /** Journal size that triggers a compaction (default 8 MB). */
  compactBytes?: number;
  migrations?: readonly Migration[];
}

export const STORE_FILES = {
  snapshot: 'studio.sqlite',
  backup: 'studio.sqlite.bak',
  journal: 'studio.journal',
  oldJournal: 'studio.journal.bak',
  lock: 'studio.lock',
} as const;

export class StoreDatabase {
  private readonly statements = new Map<string, Statement>();
  private journal: JournalWriter;
  private seq: number;
  /** The statements of the open write transaction; null outside `write()`. */
  private pending: JournalStatement[] | null = null;
  private compactScheduled = false;
  private lastCompactionError: string | null = null;
  private closed = false;

  private constructor(
    private readonly db: Database,
    private readonly files: Record<keyof typeof STORE_FILES, string>,
    private readonly compactBytes: number,
    private readonly releaseLock: () => void,
    seq: number,
    journalBytes: number,
    readonly recovery: StoreRecovery | null,
  ) {
    this.seq = seq;
    this.journal = new JournalWriter(files.journal, journalBytes);
    this.applyPragmas();
  }

  static async open(options: StoreDatabaseOptions): Promise<StoreDatabase> {
    fs.mkdirSync(options.dataDir, { recursive: true });
    const files = Object.fromEntries(
      Object.entries(STORE_FILES).map(([key, name]) => [key, path.join(options.dataDir, name)]),
    ) as Record<keyof typeof STORE_FILES, string>;
    const releaseLock = acquireLock(files.lock);
    try {
      return StoreDatabase.load(await loadSqlJs(), files, options, releaseLock);
    } catch (error) {
      releaseLock();
      throw error;
    }
  }

  private static load(
    SQL: SqlJsStatic,
    files: Record<keyof typeof STORE_FILES, string>,
    options: StoreDatabaseOptions,
    releaseLock: () => void,
  ): StoreDatabase {
    for (const name of fs.readdirSync(path.dirname(files.snapshot))) {
      if (name.startsWith('studio.') && name.includes('.tmp-')) fs.rmSync(path.join(path.dirname(files.snapshot), name), { force: true });
    }
    const messages: string[] = [];
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const snapshotMissing = !fs.existsSync(files.snapshot);
    let damaged = 0;
    let usedBackup = false;
    let loaded: { db: Database; seq: number } | undefined;
    for (const candidate of [files.snapshot, files.backup]) {
      if (!fs.existsSync(candidate)) continue;
      try {
        loaded = loadSnapshot(SQL, candidate);
        usedBackup = candidate === files.backup;
        break;
      } catch (error) {
        if (!(error instanceof DamagedSnapshotError)) throw error;
        const aside = `${candidate}.damaged-${stamp}`;
        renameWithRetry(candidate, aside);
        damaged++;
        messages.push(`${error.message}; it was kept as ${path.basename(aside)}.`);
      }
    }
    const db = loaded?.db ?? new SQL.Database();
    let seq = loaded?.seq ?? 0;
    if (loaded === undefined) migrate(db, options.migrations ?? allMigrations);

    // Replay everything newer than the snapshot, old journal first; stop at the first gap.
    let replayed = 0;
    let replayComplete = true;
    const current = readJournal(files.journal);
    const old = readJournal(files.oldJournal);
    for (const record of [...old.records, ...current.records]) {
      if (record.seq <= seq) continue;
      if (record.seq !== seq + 1) {
        messages.push(`Journal records from ${record.seq} on could not be applied: record ${seq + 1} is missing.`);
        replayComplete = false;
        break;
      }
      try {
        applyRecord(db, record);
      } catch (error) {
        messages.push(`Journal record ${record.seq} could not be applied (${(error as Error).message}); later records were skipped.`);
        replayComplete = false;
        break;
      }
      seq = record.seq;
      replayed++;
    }
    if (current.validBytes < current.totalBytes) {
      // An interrupted append, never acknowledged: cut it so new records follow valid ones.
      fs.truncateSync(files.journal, current.validBytes);
    }
    const migrated = loaded === undefined ? [] : migrate(db, options.migrations ?? allMigrations);
    if (!replayComplete) {
      // Keep what could not be applied, for a manual repair: the compaction below retires journals.
      for (const file of [files.oldJournal, files.journal]) {
        if (fs.existsSync(file)) fs.copyFileSync(file, `${file}.unapplied-${stamp}`);
      }
    }
    if (usedBackup) {
      messages.unshift(`The database file was ${snapshotMissing ? 'missing' : 'damaged'}; Planner Studio opened its backup.`);
    } else if (loaded === undefined && damaged > 0) {
      messages.unshift('The database file and its backup could not be read; Planner Studio rebuilt what the journal holds.');
    }
    const recovery = messages.length > 0 ? { usedBackup, messages } : null;
    const store = new StoreDatabase(
      db,
      files,
      options.compactBytes ?? 8 * 1024 * 1024,
      releaseLock,
      seq,
      current.validBytes,
      recovery,
    );
    // A fresh or repaired database, a replayed journal or a new schema: fold it into a snapshot
    // now, so the journal never spans a migration and the damaged file is replaced.
    if (loaded === undefined || usedBackup || replayed > 0 || migrated.length > 0 || messages.length > 0) {
      store.compact();
    }
    // After a migration the backup is still the old schema and the old journal's records too;
    // this session's records are the new schema's, which the old backup cannot replay. A second
    // snapshot makes the backup the migrated one (and the old journal empty), so falling back
    // to it still reaches every acknowledged save.
    if (migrated.length > 0) store.compact();
    return store;
  }

  read<T>(fn: (sql: SqlReader) => T): T {
    this.assertOpen();
    return fn(this.reader);
  }

  /**
   * Runs `fn` as one transaction and makes it durable before returning. `fn` must be
   * synchronous: an await inside would let another write begin in the same transaction.
   */
  write<T>(fn: (sql: SqlWriter) => T): T {
    this.assertOpen();
    if (this.pending !== null) throw new Error('Nested store writes are not allowed; pass the writer down instead.');
    const statements: JournalStatement[] = [];
    this.pending = statements;
    this.step('BEGIN');
    try {
      const result = fn(this.writer);
      if (result instanceof Promise) throw new Error('Store write functions must be synchronous.');
      if (statements.length > 0) {
        this.journal.append({ seq: this.seq + 1, statements });
        this.seq += 1;
      }
      this.step('COMMIT');
      return result;
    } catch (error) {
      this.step('ROLLBACK');
      throw error;
    } finally {
      this.pending = null;
      this.scheduleCompaction();
    }
  }

  /** The writer handed to every `write()`: journals into the open transaction's statements. */
  private readonly writer: SqlWriter = {
    all: (sql, params) => this.reader.all(sql, params),
    get: (sql, params) => this.reader.get(sql, params),
    run: (sql, params = []) => {
      const statements = this.pending;
      if (statements === null) throw new Error('The writer was used outside its write().');
      // Bound: long texts as bytes. Journaled: every value as the string it was.
      const bound: (SqlValue | Uint8Array)[] = [];
      const journaled: SqlValue[] = [];
      for (const p of params) {
        if (p instanceof LongText && !sql.includes(LONG_TEXT_SQL)) throw new Error(`A LongText parameter needs ${LONG_TEXT_SQL} in: ${sql}`);
        bound.push(p instanceof LongText ? Buffer.from(p.text, 'utf8') : p);
        journaled.push(p instanceof LongText ? p.text : p);
      }
      this.runCached(sql, bound);
      // A data change that changed nothing replays as nothing (e.g. a text already stored).
      if (this.db.getRowsModified() === 0 && DATA_CHANGE.test(sql)) return;
      statements.push([sql, journaled]);
    },
    lastInsertId: () => Number(this.reader.get('SELECT last_insert_rowid() AS id')?.id ?? 0),
  };

  /** The last committed journal sequence number (for tests and the health check). */
  get journalSeq(): number {
    return this.seq;
  }

  /** Why the last background compaction failed (e.g. disk full), for the health check. */
  get compactionError(): string | null {
    return this.lastCompactionError;
  }

  get journalBytes(): number {
    return this.journal.bytes;
  }

  /** Writes a new snapshot holding everything committed, then retires the journal. */
  compact(): void {
    this.assertOpen();
    // The snapshot's journal position, written only here: nothing else reads it.
    this.db.run("UPDATE store_meta SET value = ? WHERE key = 'journal_seq'", [String(this.seq)]);
    const bytes = this.db.export();
    replaceFileDurably(this.files.snapshot, bytes, this.files.backup);
    this.journal.close();
    if (fs.existsSync(this.files.journal)) {
      renameWithRetry(this.files.journal, this.files.oldJournal);
      fsyncDir(path.dirname(this.files.journal));
    }
    this.journal = new JournalWriter(this.files.journal, 0);
    this.lastCompactionError = null;
  }

  /** Compacts (so the next open starts from one file) and releases the folder. */
  close(): void {
    if (this.closed) return;
    try {
      this.compact();
    } finally {
      this.closed = true;
      this.journal.close();
      this.db.close(); // frees the cached statements too
      this.statements.clear();
      this.releaseLock();
    }
  }

  private scheduleCompaction(): void {
    if (this.compactScheduled || this.journal.bytes < this.compactBytes) return;
    this.compactScheduled = true;
    setImmediate(() => {
      this.compactScheduled = false;
      if (this.closed || this.pending !== null || this.journal.bytes < this.compactBytes) return;
      try {
        this.compact();
      } catch (error) {
        // Saves stay durable in the journal; the next save past the threshold tries again.
        this.lastCompactionError = error instanceof Error ? error.message : String(error);
      }
    });
  }

  private readonly reader: SqlReader = {
    all: (sql, params = []) => {
      const statement = this.statement(sql);
      statement.bind(params as SqlValue[]);
      const rows: Row[] = [];
      try {
        // Column names once, then plain arrays: `getAsObject` looks the names up on every row.
        let columns: string[] | undefined;
        while (statement.step()) {
          columns ??= statement.getColumnNames();
          const values = statement.get();
          const row: Row = {};
          for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i] as SqlValue;
          rows.push(row);
        }
      } finally {
        statement.reset();
      }
      return rows;
    },
    get: (sql, params = []) => {
      const statement = this.statement(sql);
      statement.bind(params as SqlValue[]);
      try {
        return statement.step() ? (statement.getAsObject() as Row) : undefined;
      } finally {
        statement.reset();
      }
    },
  };

  /** BEGIN, COMMIT, ROLLBACK from the cache: `db.run` would compile them on every transaction. */
  private step(sql: string): void {
    const statement = this.statement(sql);
    try {
      statement.step();
    } finally {
      statement.reset();
    }
  }

  /** Runs a statement through the cache (sql.js `db.run` with parameters compiles it every time). */
  private runCached(sql: string, params: readonly (SqlValue | Uint8Array)[]): void {
    const statement = this.statement(sql);
    try {
      statement.run(params as (SqlValue | Uint8Array)[]);
    } finally {
      statement.reset();
    }
  }

  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * sql.js keeps the database as a file in Emscripten's in-memory filesystem, so by default each
   * commit creates, syncs and deletes a rollback-journal file there (~0.1 ms a save). Durability
   * is the write-ahead journal's job, so the rollback journal stays in memory and SQLite does not
   * sync; a crash loses the in-memory database either way and the journal rebuilds it. No other
   * connection exists, so the exclusive lock spares each transaction its check of the file.
   */
  private applyPragmas(): void {
    this.db.run('PRAGMA foreign_keys = ON');
    this.db.run('PRAGMA journal_mode = MEMORY');
    this.db.run('PRAGMA synchronous = OFF');
    this.db.run('PRAGMA temp_store = MEMORY');
    this.db.run('PRAGMA locking_mode = EXCLUSIVE');
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The store is closed.');
  }
}

function applyRecord(db: Database, record: JournalRecord): void {
  db.run('BEGIN');
  try {
    for (const [sql, params] of record.statements) db.run(sql, params as SqlValue[]);
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}
