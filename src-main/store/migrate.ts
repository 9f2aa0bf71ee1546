import { createHash } from 'node:crypto';
import type { Database } from 'sql.js';
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
      db.run(migration.sql);
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
