import { createHash } from 'node:crypto';
import type { Database } from 'sql.js';
import { sha256Hex } from './hash';
import type { Migration } from './migrations/index';

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

/**
 * Applies the migrations the database lacks, each in its own transaction, and refuses to open a
 * database whose applied migrations differ from the code's (an edited migration would otherwise
 * leave two installs with different schemas under the same number). Returns the ids applied.
 */
export function migrate(db: Database, list: readonly Migration[]): number[] {
  // Migrations may hash texts in SQL (003); the same function the application hashes with.
  db.create_function('sha256_hex', (text: unknown) => sha256Hex(String(text)));
  db.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL)`);
  const applied = new Map<number, string>();
  for (const row of db.exec('SELECT id, hash FROM schema_migrations ORDER BY id')[0]?.values ?? []) {
    applied.set(Number(row[0]), String(row[1]));
  }
  const known = new Set(list.map((m) => m.id));
  for (const id of applied.keys()) {
    if (!known.has(id)) throw new Error(`The database was migrated by a newer Planner Studio (migration ${id} is unknown).`);
  }
  // Table rebuilds (003) drop a table others reference: SQLite's procedure turns foreign keys
  // off (a no-op inside a transaction, so here) and checks them before each commit instead.
  const foreignKeys = db.exec('PRAGMA foreign_keys')[0]?.values[0]?.[0] === 1;
  db.run('PRAGMA foreign_keys = OFF');
  try {
    return runPending(db, list, applied);
  } finally {
    if (foreignKeys) db.run('PRAGMA foreign_keys = ON');
  }
}

function runPending(db: Database, list: readonly Migration[], applied: ReadonlyMap<number, string>): number[] {
  const ran: number[] = [];
  for (const migration of list) {
    const hash = migrationHash(migration);
    const existing = applied.get(migration.id);
    if (existing !== undefined) {
      if (existing !== hash) {
        throw new Error(`Migration ${migration.id} (${migration.name}) was changed after it was applied.`);
      }
      continue;
    }
    db.run('BEGIN');
    try {
      const brokenBefore = brokenReferences(db).length;
      db.run(migration.sql);
      const broken = brokenReferences(db);
      if (broken.length > brokenBefore) {
        throw new Error(`it would leave ${broken.length - brokenBefore} broken reference(s) (table ${String(broken[0]![0])})`);
      }
      db.run('INSERT INTO schema_migrations (id, name, hash) VALUES (?, ?, ?)', [migration.id, migration.name, hash]);
      db.run('COMMIT');
    } catch (error) {
      db.run('ROLLBACK');
      throw new Error(`Migration ${migration.id} (${migration.name}) failed: ${(error as Error).message}`);
    }
    ran.push(migration.id);
  }
  return ran;
}

/** Rows whose foreign keys point nowhere: [table, rowid, parent table, constraint index]. */
function brokenReferences(db: Database): unknown[][] {
  return db.exec('PRAGMA foreign_key_check')[0]?.values ?? [];
}
